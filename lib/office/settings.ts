import "server-only";
import { db } from "../db";
import { economySelect, type EconomyRef } from "../economies/queries";

/** The office's settings as the administrators' forms open them: the economy, the name and the version read (0 before the first save). */
export async function officeSettings(): Promise<{ economy: EconomyRef | null; nameEn: string | null; nameZh: string | null; version: number }> {
  const office = await db.office.findUnique({ where: { id: 1 }, select: { version: true, nameEn: true, nameZh: true, economy: { select: economySelect } } });
  return { economy: office?.economy ?? null, nameEn: office?.nameEn ?? null, nameZh: office?.nameZh ?? null, version: office?.version ?? 0 };
}
