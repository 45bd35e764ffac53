import "server-only";
import { db } from "../db";

export async function forumOptions() {
  const fora = await db.forum.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } });
  return fora.map((f) => ({ value: f.code, label: `${f.code}: ${f.name}` }));
}

/** Live items not yet listed for the meeting, newest work plan first. */
export async function linkableItems(meetingId: number) {
  const items = await db.item.findMany({
    where: { archivedAt: null, reports: { none: { meetingId } } },
    select: { id: true, year: true, titleEn: true },
    orderBy: [{ year: "desc" }, { titleEn: "asc" }],
  });
  return items.map((item) => ({ value: String(item.id), label: `${item.year} · ${item.titleEn}` }));
}
