import { myActionsQuerySchema, type MyActionsQuery } from "./schema";

/** "My actions"' query from a URL: the page and its export read it the same way. */
export function parseMyActionsQuery(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const raw = Object.fromEntries(entries.flatMap(([key, value]) => (value === undefined ? [] : [[key, Array.isArray(value) ? value.join(",") : value]])));
  return myActionsQuerySchema.safeParse({ status: raw.status || undefined, owner: raw.owner || undefined });
}

/** The query string of a choice, leaving out what is the default. */
export function myActionsSearch(query: MyActionsQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams([
    ...(query.status !== "open" ? [["status", query.status]] : []),
    ...(query.owner !== "me" ? [["owner", query.owner]] : []),
    ...Object.entries(extra),
  ]);
  return params.size ? `?${params}` : "";
}
