import "server-only";
import { db } from "../db";
import { economySelect, type EconomyRef } from "../economies/queries";

/** The office's settings as the administrators' form opens them: the economy and the version read (0 before the first save). */
export async function officeSettings(): Promise<{ economy: EconomyRef | null; version: number }> {
  const office = await db.office.findUnique({ where: { id: 1 }, select: { version: true, economy: { select: economySelect } } });
  return { economy: office?.economy ?? null, version: office?.version ?? 0 };
}
