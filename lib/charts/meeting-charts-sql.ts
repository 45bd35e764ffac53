// The meeting's chart as SQL: the items reported at a meeting (its MeetingItem rows), archived
// ones left out as the brief leaves them out. Counts may be bigint (PostgreSQL), hence Number().
import "server-only";
import { db } from "../db";
import { Prisma } from "../db/generated/client";
import type { ItemKind, ItemStatus } from "../db/generated/enums";

export async function readMeetingItemCounts(meetingId: number) {
  const rows = await db.$queryRaw<{ status: ItemStatus; kind: ItemKind | null; n: number | bigint }[]>(
    Prisma.sql`SELECT i."status" AS "status", i."kind" AS "kind", COUNT(*) AS "n"
      FROM "MeetingItem" mi JOIN "Item" i ON i."id" = mi."itemId"
      WHERE mi."meetingId" = ${meetingId} AND i."archivedAt" IS NULL
      GROUP BY i."status", i."kind"`,
  );
  return rows.map((row) => ({ status: row.status, kind: row.kind, n: Number(row.n) }));
}
