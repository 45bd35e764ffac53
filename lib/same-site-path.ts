const BASE = "http://same-site.invalid";

/**
 * A path on this site to send a browser back to, or "/" when the value would lead anywhere else.
 * Resolved the way a browser resolves it, so tricks such as "//evil", "/\evil" or "/\t/evil"
 * (browsers drop tabs and newlines) cannot smuggle in another host.
 */
export function sameSitePath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
