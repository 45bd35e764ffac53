// What the documents' sections and the documents page read: a record's documents with every
// version (newest first, with who uploaded it), and the search by title or APEC number.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { DocumentKind } from "../db/generated/enums";
import { msg } from "../i18n/message";
import type { RawQuery } from "../items/list-request";
import { queryRecord } from "../items/schema";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "../items/table-options";
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES } from "./schema";
import { searchDocumentIds, type DocumentSearchFilters } from "./search-sql";

const documentWithVersions = {
  versions: {
    orderBy: { number: "desc" },
    select: { number: true, fileName: true, contentType: true, size: true, createdAt: true, uploadedBy: { select: { name: true } } },
  },
} as const;

export type ListedDocument = Awaited<ReturnType<typeof documentsOf>>[number];

/**
 * The documents of one item or meeting, most recently changed first, each with its versions
 * newest first. Archived ones only when asked (an editor's collapsed list); a viewer never gets them.
 */
export async function documentsOf(owner: { itemId: number } | { meetingId: number }, options: { archived: boolean }) {
  return db.document.findMany({
    where: { ...owner, archivedAt: options.archived ? { not: null } : null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    include: documentWithVersions,
  });
}

/** Whether the item is archived (its files are then read-only, and hidden from viewers). */
export async function itemArchivedAt(itemId: number): Promise<Date | null | undefined> {
  const item = await db.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
  return item ? item.archivedAt : undefined;
}

const idValue = (name: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) ctx.addIssue({ code: "custom", message: msg("v.filterValue", { name, value }) });
    })
    .transform(Number)
    .optional();

/** The documents page's URL: unknown or repeated parameters and wrong values are refused by name. */
export const documentSearchSchema = queryRecord(["q", "kind", "language", "item", "meeting", "page", "size"] as const).pipe(
  z.object({
    q: z
      .string()
      .trim()
      .max(100, { message: msg("v.searchLength") })
      .transform((value) => value || undefined)
      .optional(),
    kind: z
      .string()
      .transform((value, ctx) => {
        if (value === "") return undefined;
        const normalised = value.toUpperCase().replace(/-/g, "_");
        if ((DOCUMENT_KINDS as readonly string[]).includes(normalised)) return normalised as DocumentKind;
        ctx.addIssue({ code: "custom", message: msg("v.filterValue", { name: "kind", value }) });
        return z.NEVER;
      })
      .optional(),
    language: z
      .string()
      .transform((value, ctx) => {
        if (value === "") return undefined;
        const known = (DOCUMENT_LANGUAGES as readonly string[]).find((code) => code.toLowerCase() === value.toLowerCase());
        if (known) return known;
        ctx.addIssue({ code: "custom", message: msg("v.filterValue", { name: "language", value }) });
        return z.NEVER;
      })
      .optional(),
    item: idValue("item"),
    meeting: idValue("meeting"),
    page: z
      .string()
      .regex(/^[1-9]\d{0,5}$/, { message: msg("v.page") })
      .transform(Number)
      .default(1),
    size: z
      .string()
      .refine((size) => (PAGE_SIZES as readonly number[]).map(String).includes(size), { message: msg("v.pageSize", { sizes: PAGE_SIZES.join(", ") }) })
      .transform(Number)
      .default(DEFAULT_PAGE_SIZE),
  }),
);

export type DocumentSearch = z.output<typeof documentSearchSchema>;

/** The page's query read, then the item and meeting named checked, so a stale link says so rather than finding nothing. */
export async function parseDocumentSearch(raw: RawQuery): Promise<{ ok: true; data: DocumentSearch } | { ok: false; problems: string[] }> {
  const parsed = documentSearchSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => issue.message) };
  const { item, meeting } = parsed.data;
  const problems: string[] = [];
  if (item && !(await db.item.findUnique({ where: { id: item }, select: { id: true } }))) problems.push(msg("documents.search.noSuchItem", { id: item }));
  if (meeting && !(await db.meeting.findUnique({ where: { id: meeting }, select: { id: true } })))
    problems.push(msg("documents.search.noSuchMeeting", { id: meeting }));
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed.data };
}

/** One page of the search, with each document's current version and where it belongs. */
export async function searchDocuments(search: DocumentSearch, editor: boolean) {
  const { page, size, ...filters } = search;
  const { ids, total } = await searchDocumentIds(filters satisfies DocumentSearchFilters, editor, page, size);
  const found = await db.document.findMany({
    where: { id: { in: ids } },
    include: {
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, fileName: true, size: true, createdAt: true, uploadedBy: { select: { name: true } } },
      },
      item: { select: { id: true, titleEn: true, titleZh: true } },
      meeting: { select: { id: true, name: true, shortName: true, nameZh: true } },
    },
  });
  const byId = new Map(found.map((document) => [document.id, document]));
  const rows = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  return { rows, total, page, size, pageCount: Math.max(1, Math.ceil(total / size)) };
}

export type FoundDocument = Awaited<ReturnType<typeof searchDocuments>>["rows"][number];

/** The items and meetings that have documents the reader can find: the choices of the page's two filters. */
export async function documentPlaces(editor: boolean) {
  const [items, meetings] = await Promise.all([
    db.item.findMany({
      where: { documents: { some: { archivedAt: null } }, ...(editor ? {} : { archivedAt: null }) },
      select: { id: true, titleEn: true, titleZh: true },
      orderBy: { id: "asc" },
    }),
    db.meeting.findMany({
      where: { documents: { some: { archivedAt: null } } },
      select: { id: true, name: true, shortName: true, nameZh: true },
      orderBy: [{ startDate: "desc" }, { id: "desc" }],
    }),
  ]);
  return { items, meetings };
}

/**
 * What the meeting's brief lists: the meeting's own live documents, then those of each live item
 * reported there (a document filed under both shows once, with the meeting's).
 */
export async function briefDocuments(meetingId: number) {
  const select = { id: true, title: true, kind: true, language: true, apecNumber: true } as const;
  const [own, reported] = await Promise.all([
    db.document.findMany({ where: { meetingId, archivedAt: null }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], select }),
    db.meetingItem.findMany({
      where: { meetingId, item: { archivedAt: null, documents: { some: { archivedAt: null } } } },
      orderBy: { itemId: "asc" },
      select: {
        item: {
          select: {
            id: true,
            titleEn: true,
            titleZh: true,
            documents: {
              where: { archivedAt: null, OR: [{ meetingId: null }, { meetingId: { not: meetingId } }] },
              orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
              select,
            },
          },
        },
      },
    }),
  ]);
  return { own, items: reported.map(({ item }) => item).filter((item) => item.documents.length > 0) };
}
