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
 *   victim's cookie and is left to the usual checks. "Another site" is any host but ownHosts.
 * - A write declaring a body over MAX_BODY_BYTES, refused before it is read.
 */
export function refusal({ method, pathname, headers }: RequestLike): Refusal | null {
  if (!decodable(pathname)) return "malformed-path";
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (isCrossOrigin(headers)) return "cross-origin";
  const length = Number(headers.get("content-length") ?? 0);
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) return "body-too-large";
  return null;
}

/** Whether a write comes from a page of another site (or an opaque "null" origin). */
export function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  return origin !== null && !ownHosts(headers).includes(originHost(origin) ?? "");
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

/** Whether X-Forwarded-* headers are believed: only behind a reverse proxy that sets them. */
export function trustsProxy(): boolean {
  return process.env.TRUST_PROXY === "true";
}

/** The public address the app is configured with (NEXTAUTH_URL), if any. */
function configuredAddress(): URL | null {
  const configured = process.env.NEXTAUTH_URL;
  if (!configured) return null;
  try {
    return new URL(configured);
  } catch {
    return null;
  }
}

function forwardedHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || null;
}

/**
 * The hosts a browser may have addressed to send this request: the request's own Host (a browser
 * always sends the one it addressed), the configured address, and X-Forwarded-Host only behind a
 * trusted proxy (TRUST_PROXY=true). Anyone can send X-Forwarded-Host, so it is otherwise ignored.
 */
export function ownHosts(headers: Headers): string[] {
  const hosts = [headers.get("host"), configuredAddress()?.host, trustsProxy() ? forwardedHost(headers) : null];
  return hosts.filter((host): host is string => Boolean(host));
}

/**
 * The address to give out in links meant for other programs (the calendar feed): the configured
 * one; else, behind a trusted proxy, what the proxy forwarded; else the request's own Host, over
 * http, which is what the app's own server speaks.
 */
export function publicOrigin(headers: Headers): string {
  const configured = configuredAddress();
  if (configured) return configured.origin;
  const host = (trustsProxy() ? forwardedHost(headers) : null) ?? headers.get("host") ?? "localhost";
  const proto = trustsProxy() && headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/**
 * Without a trusted proxy, the X-Forwarded-Host and X-Forwarded-Proto that the rest of the app
 * reads (next-auth builds its redirects from them, Next.js checks server actions' Origin against
 * them) are replaced by what the app itself knows: the host the browser addressed (the Origin's,
 * when it is one of ownHosts; else the request's Host) and http, the protocol its server speaks.
 * Returns the request's headers to pass on, or null when nothing needs replacing.
 */
export function withBelievedForwarding(headers: Headers): Headers | null {
  if (trustsProxy()) return null;
  const host = headers.get("host");
  if (!host) return null;
  const origin = headers.get("origin");
  const addressed = origin !== null && ownHosts(headers).includes(originHost(origin) ?? "") ? originHost(origin)! : host;
  if (headers.get("x-forwarded-host") === addressed && headers.get("x-forwarded-proto") === "http") return null;
  const believed = new Headers(headers);
  believed.set("x-forwarded-host", addressed);
  believed.set("x-forwarded-proto", "http");
  return believed;
}
