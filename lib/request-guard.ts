// Requests refused before any page, action or route sees them (proxy.ts). Kept free of server-only
// imports: next.config.ts reads the body limit too.

/** The largest request body accepted, server actions included: an import of a 1 MiB file and its form. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type Refusal = "malformed-path" | "cross-origin" | "body-too-large";

export interface RequestLike {
  method: string;
  /** As sent, still percent-encoded. */
  pathname: string;
  headers: Headers;
}

/**
 * Why a request must be refused, or null.
 * - A path with broken percent-encoding (`/items/%`): Next.js answers those with a 500.
 * - A write whose Origin is another site (or "null"): Next.js already refuses such server
 *   actions, but with a 500; this answers 403 for every write, next-auth's included. A write with
 *   no Origin at all comes from no browser (browsers send it on every POST), so it carries no
 *   victim's cookie and is left to the usual checks.
 * - A write declaring a body over MAX_BODY_BYTES, refused before it is read.
 */
export function refusal({ method, pathname, headers }: RequestLike): Refusal | null {
  if (!decodable(pathname)) return "malformed-path";
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const origin = headers.get("origin");
  if (origin !== null && originHost(origin) !== ownHost(headers)) return "cross-origin";
  const length = Number(headers.get("content-length") ?? 0);
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) return "body-too-large";
  return null;
}

/**
 * A write that declares no length (a chunked upload) has its body counted in the proxy, which is
 * given up to twice the limit of it (next.config.ts): more than the limit means too large.
 */
export function mustCountBody({ method, headers }: Omit<RequestLike, "pathname">): boolean {
  return !SAFE_METHODS.has(method.toUpperCase()) && !headers.has("content-length");
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}

/** The host the browser addressed, as Next.js's own server-action check reads it. */
function ownHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}
