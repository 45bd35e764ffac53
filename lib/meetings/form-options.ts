import "server-only";
import { getLocale } from "next-intl/server";
import { db } from "../db";
import type { Locale } from "../i18n/config";
import { localTitle } from "../i18n/data";

export async function forumOptions() {
  const [fora, locale] = await Promise.all([
    db.forum.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true, nameZh: true } }),
    getLocale(),
  ]);
  return fora.map((f) => ({ value: f.code, label: `${f.code}: ${locale === "zh-TW" && f.nameZh ? f.nameZh : f.name}` }));
}

/** Live items not yet listed for the meeting, newest work plan first. */
export async function linkableItems(meetingId: number) {
  const items = await db.item.findMany({
    where: { archivedAt: null, reports: { none: { meetingId } } },
    select: { id: true, year: true, titleEn: true, titleZh: true },
    orderBy: [{ year: "desc" }, { titleEn: "asc" }],
  });
  const locale = (await getLocale()) as Locale;
  return items.map((item) => ({ value: String(item.id), label: `${item.year} · ${localTitle(item, locale).text}` }));
}
