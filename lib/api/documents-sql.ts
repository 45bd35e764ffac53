// Documents' metadata for the API: what each file is, where it belongs and its versions, never its
// bytes. Searched and paged in the database, as the work plan is.
import "server-only";
import { db } from "../db";
import { sqlDialect } from "../db/dialect";
import { firstOf } from "../db/first-of-sql";
import { Prisma } from "../db/generated/client";
import type { DocumentKind } from "../db/generated/enums";
import type { Paging } from "./list-sql";

export interface DocumentFilters {
  itemId?: number;
  meetingId?: number;
  kind?: DocumentKind[];
  q?: string;
  includeArchived?: boolean;
}

const versionSelect = { number: true, fileName: true, contentType: true, size: true, sha256: true, createdAt: true } as const;

const documentSelect = {
  id: true,
  title: true,
  kind: true,
  language: true,
  apecNumber: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  item: { select: { id: true, titleEn: true } },
  meeting: { select: { id: true, name: true } },
  _count: { select: { versions: true } },
} as const;

type VersionRow = Prisma.DocumentVersionGetPayload<{ select: typeof versionSelect }>;
type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentSelect }>;

const versionJson = (version: VersionRow) => ({
  number: version.number,
  fileName: version.fileName,
  contentType: version.contentType,
  size: version.size,
  sha256: version.sha256,
  uploadedAt: version.createdAt.toISOString(),
});

function documentJson(row: DocumentRow, current: VersionRow | undefined) {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    language: row.language,
    apecNumber: row.apecNumber,
    item: row.item ? { id: row.item.id, title: row.item.titleEn } : null,
    meeting: row.meeting ? { id: row.meeting.id, name: row.meeting.name } : null,
    archived: row.archivedAt !== null,
    currentVersion: current ? versionJson(current) : null,
    versionCount: row._count.versions,
    // The app's own download, behind its sign-in: the API hands out where the bytes are, not the bytes.
    downloadUrl: `/documents/${row.id}/download`,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Documents of live items (an archived item's files go with it), matching every filter that is set. */
function documentWhere(filters: DocumentFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`(d."itemId" IS NULL OR EXISTS (SELECT 1 FROM "Item" i WHERE i."id" = d."itemId" AND i."archivedAt" IS NULL))`];
  if (!filters.includeArchived) conditions.push(Prisma.sql`d."archivedAt" IS NULL`);
  if (filters.itemId !== undefined) conditions.push(Prisma.sql`d."itemId" = ${filters.itemId}`);
  if (filters.meetingId !== undefined) conditions.push(Prisma.sql`d."meetingId" = ${filters.meetingId}`);
  if (filters.kind) conditions.push(sqlDialect().enumIn(Prisma.sql`d."kind"`, "DocumentKind", filters.kind));
  if (filters.q) conditions.push(sqlDialect().containsText([Prisma.sql`d."title"`, Prisma.sql`d."apecNumber"`], filters.q));
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** A page of documents, newest first, each with its current version. */
export async function documentPage(filters: DocumentFilters, paging: Paging) {
  const { total, ids } = await firstOf(
    Prisma.sql`d."id"`,
    Prisma.sql`FROM "Document" d ${documentWhere(filters)}`,
    Prisma.sql`ORDER BY d."id" DESC`,
    paging.pageSize,
    (paging.page - 1) * paging.pageSize,
  );
  const rows = await db.document.findMany({
    where: { id: { in: ids } },
    select: { ...documentSelect, versions: { select: versionSelect, orderBy: { number: "desc" }, take: 1 } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const data = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [documentJson(row, row.versions[0])] : [];
  });
  return { data, ...paging, total };
}

/** One document with every version, newest first; null when there is none or its item is archived. */
export async function documentDetail(id: number) {
  const row = await db.document.findFirst({
    where: { id, OR: [{ itemId: null }, { item: { archivedAt: null } }] },
    select: { ...documentSelect, versions: { select: versionSelect, orderBy: { number: "desc" } } },
  });
  return row ? { ...documentJson(row, row.versions[0]), versions: row.versions.map(versionJson) } : null;
}
