import "server-only";
import type { z } from "zod";
import { unknownCodeIn } from "./filter-data";
import type { ItemFilters } from "./schema";

/** A query as Next.js hands it to a page: one string per key, an array when the key is repeated. */
export type RawQuery = Record<string, string | string[] | undefined>;

/** What a list view was asked for, or every problem with the request as message keys (lib/i18n/message.ts). */
export type ListRequest<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/**
 * A URL's parameters as a page receives them. A repeated key keeps all its values, so the schema
 * refuses it by name rather than one value silently winning; `skip` names keys read elsewhere
 * (the feed's language).
 */
export function rawQuery(params: URLSearchParams, skip: readonly string[] = []): RawQuery {
  const raw: RawQuery = {};
  for (const key of new Set(params.keys())) {
    if (skip.includes(key)) continue;
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0]!;
  }
  return raw;
}

/**
 * The opening every list of the work plan shares (table, matrix, calendar, timeline, export, feed,
 * API): the query read by the view's schema (lib/items/schema.ts listQuerySchema), then the
 * economy and forum codes checked against the database, so a link naming an unknown economy says
 * so instead of showing an empty list.
 */
export async function parseListRequest<Schema extends z.ZodType<Pick<ItemFilters, "proposer" | "coSponsor" | "forum">>>(
  query: URLSearchParams | RawQuery,
  schema: Schema,
): Promise<ListRequest<z.output<Schema>>> {
  const parsed = schema.safeParse(query instanceof URLSearchParams ? rawQuery(query) : query);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => issue.message) };
  const unknown = await unknownCodeIn(parsed.data);
  return unknown ? { ok: false, problems: [unknown] } : { ok: true, data: parsed.data };
}
