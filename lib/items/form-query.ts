// The filter form sends what a browser sends: empty fields, one field per ticked box, and the
// month of a milestone window in a field of its own. This folds that into the canonical link an
// officer copies; anything it does not recognise is left for the validator to explain.
import { LIST_FILTERS } from "./filter-query";
import { DEFAULT_PAGE_SIZE } from "./table-options";

type Raw = Record<string, string | string[] | undefined>;

/** The canonical query for a submitted form, or null when the URL is canonical already. */
export function canonicalQuery(raw: Raw): string | null {
  const params = new URLSearchParams();
  let changed = false;
  const values = (key: string) => {
    const value = raw[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  for (const key of Object.keys(raw)) {
    if (key === "dueMonth") continue;
    const all = values(key);
    const kept = all.filter((value) => value !== "");
    if (kept.length !== all.length) changed = true;
    if (kept.length === 0) continue;
    if ((LIST_FILTERS as readonly string[]).includes(key) && kept.length > 1) {
      params.set(key, kept.join(","));
      changed = true;
    } else if (kept.length > 1) {
      for (const value of kept) params.append(key, value);
    } else params.set(key, kept[0]!);
  }
  const month = values("dueMonth").find((value) => value !== "");
  if ("dueMonth" in raw) changed = true;
  if (month && (!params.get("due") || params.get("due") === "month")) params.set("due", month);
  // Defaults say nothing, so they stay out of the link.
  for (const [key, fallback] of [
    ["coSponsorMatch", "any"],
    ["size", String(DEFAULT_PAGE_SIZE)],
    ["page", "1"],
  ] as const) {
    if (params.get(key) === fallback) {
      params.delete(key);
      changed = true;
    }
  }
  if (params.has("coSponsorMatch") && (params.get("coSponsor") ?? "").split(",").filter(Boolean).length < 2) {
    params.delete("coSponsorMatch");
    changed = true;
  }
  return changed ? params.toString().replace(/%2C/g, ",") : null;
}
