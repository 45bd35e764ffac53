// Where a digest's links point: the address officers reach the app at. An email is read outside
// any request, so the origin comes from the configuration, never from a Host header.
import { filteredHref } from "../items/filter-query";
import type { ItemFilters } from "../items/schema";

/**
 * NEXTAUTH_URL's origin (the public address behind a proxy, as sign-in uses it). Unset, the app
 * as `npm start` serves it on this machine: http://localhost:PORT, which only reaches officers
 * reading mail on the server itself, so a real installation sets NEXTAUTH_URL.
 */
export function appBaseUrl(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      throw new Error(`NEXTAUTH_URL="${configured}" is not an address; digests need it for their links, e.g. https://tracker.customs.example.`);
    }
  }
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

export interface DigestLinks {
  app: string;
  item(id: number): string;
  history(id: number): string;
  /** The work plan filtered to what a section lists, for the rest of a long list. */
  overdue: string;
  dueSoon: string;
  /** Where the changes a digest leaves out are listed. */
  changes: string;
}

/** The links of an officer's own digest: whole-plan windows, as the work plan has no "followed" filter. */
export function ownDigestLinks(base: string): DigestLinks {
  return {
    ...itemLinks(base),
    overdue: `${base}/items?due=overdue`,
    dueSoon: `${base}/items?due=30d`,
    changes: `${base}/notifications`,
  };
}

/** The links of a saved view's digest: the view's own filters with each section's window. */
export function viewDigestLinks(base: string, filters: ItemFilters): DigestLinks {
  return {
    ...itemLinks(base),
    overdue: `${base}${filteredHref("/items", { ...filters, due: { kind: "overdue" } })}`,
    dueSoon: `${base}${filteredHref("/items", { ...filters, due: { kind: "next", days: 30 } })}`,
    changes: `${base}${filteredHref("/items", filters)}`,
  };
}

function itemLinks(base: string) {
  return {
    app: `${base}/`,
    item: (id: number) => `${base}/items/${id}`,
    history: (id: number) => `${base}/items/${id}/history`,
  };
}
