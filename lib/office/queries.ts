import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Tx } from "../db/write";
import { economySelect, type EconomyRef } from "../economies/queries";
import type { Locale } from "../i18n/config";

type Reader = Pick<Tx, "office" | "user">;

/** The economy this installation works for, as an administrator set it; null until one does. */
export async function officeEconomy(reader: Reader = db): Promise<EconomyRef | null> {
  const office = await reader.office.findUnique({ where: { id: 1 }, select: { economy: { select: economySelect } } });
  return office?.economy ?? null;
}

/**
 * The office's settings that signed-in pages read (the header's second-factor check, the work
 * plan's follow stars): once per request, however many parts of the page ask (React's cache).
 */
export const officeSettings = cache(async (): Promise<{ economyCode: string | null; secondFactorRequired: boolean }> => {
  const office = await db.office.findUnique({ where: { id: 1 }, select: { economyCode: true, secondFactorRequired: true } });
  return { economyCode: office?.economyCode ?? null, secondFactorRequired: office?.secondFactorRequired ?? false };
});

const economyOfUserNow = cache(async (userId: number): Promise<string | null> => {
  const [user, office] = await Promise.all([db.user.findUnique({ where: { id: userId }, select: { economyCode: true } }), officeSettings()]);
  return user?.economyCode ?? office.economyCode;
});

/**
 * The economy an officer follows: their own choice, else the office's; null when neither is set.
 * Read once per request outside a transaction; inside one, as the transaction sees it.
 */
export async function economyOfUser(userId: number, reader: Reader = db): Promise<string | null> {
  if (reader === db) return economyOfUserNow(userId);
  const [user, office] = await Promise.all([
    reader.user.findUnique({ where: { id: userId }, select: { economyCode: true } }),
    reader.office.findUnique({ where: { id: 1 }, select: { economyCode: true } }),
  ]);
  return user?.economyCode ?? office?.economyCode ?? null;
}

/**
 * The organisation on the cover of a mission report in `locale` (財政部關務署 / Customs
 * Administration, Ministry of Finance): the name in that language, else the other one, a proper
 * name being better than none; null until an administrator sets it, and the report leaves it out.
 */
export async function officeName(locale: Locale, reader: Pick<Tx, "office"> = db): Promise<string | null> {
  const office = await reader.office.findUnique({ where: { id: 1 }, select: { nameEn: true, nameZh: true } });
  const [first, second] = locale === "zh-TW" ? [office?.nameZh, office?.nameEn] : [office?.nameEn, office?.nameZh];
  return first ?? second ?? null;
}
