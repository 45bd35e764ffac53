// The documents search as SQL: the title and APEC number searched as every list of the app
// searches (lib/db/dialect.ts containsText: case-insensitive, no wildcards, the same on SQLite and
// PostgreSQL), the filters, and a page of ids in the database, so a page costs the same however
// many files the office keeps.
import "server-only";
import { db } from "../db";
import { sqlDialect } from "../db/dialect";
import { Prisma } from "../db/generated/client";
import type { DocumentKind } from "../db/generated/enums";

type Numeric = number | bigint;

export interface DocumentSearchFilters {
  q?: string;
  kind?: DocumentKind;
  language?: string;
  item?: number;
  meeting?: number;
}

/**
 * Live documents only: an archived one is found on its item's or meeting's page, by an editor.
 * A viewer does not see the files of an archived item either, which they may not download.
 */
function whereSql(filters: DocumentSearchFilters, editor: boolean): Prisma.Sql {
  const dialect = sqlDialect();
  const conditions: Prisma.Sql[] = [Prisma.sql`d."archivedAt" IS NULL`];
  if (!editor)
    conditions.push(Prisma.sql`(d."itemId" IS NULL OR NOT EXISTS (SELECT 1 FROM "Item" i WHERE i."id" = d."itemId" AND i."archivedAt" IS NOT NULL))`);
  if (filters.q) conditions.push(dialect.containsText([Prisma.sql`d."title"`, Prisma.sql`d."apecNumber"`], filters.q));
  if (filters.kind) conditions.push(dialect.enumIn(Prisma.sql`d."kind"`, "DocumentKind", [filters.kind]));
  if (filters.language) conditions.push(Prisma.sql`d."language" = ${filters.language}`);
  if (filters.item) conditions.push(Prisma.sql`d."itemId" = ${filters.item}`);
  if (filters.meeting) conditions.push(Prisma.sql`d."meetingId" = ${filters.meeting}`);
  return Prisma.join(conditions, " AND ");
}

/** One page of matching ids, most recently changed first, and how many match in all. */
export async function searchDocumentIds(filters: DocumentSearchFilters, editor: boolean, page: number, size: number) {
  const where = whereSql(filters, editor);
  const [rows, counted] = await db.$transaction([
    db.$queryRaw<
      { id: Numeric }[]
    >`SELECT d."id" FROM "Document" d WHERE ${where} ORDER BY d."updatedAt" DESC, d."id" DESC LIMIT ${size} OFFSET ${(page - 1) * size}`,
    db.$queryRaw<{ n: Numeric }[]>`SELECT COUNT(*) AS "n" FROM "Document" d WHERE ${where}`,
  ]);
  return { ids: rows.map((row) => Number(row.id)), total: Number(counted[0]?.n ?? 0) };
}
