// Every page and API needs a signed-in user, except sign-in itself, next-auth's own routes, the
// health check, the calendar feed (token in its address) and a digest's signed unsubscribe link.
// This turns anonymous requests away early: pages go to sign-in, APIs get a JSON 401 (never a
// redirect). It is not the only guard: pages and server actions check the user against the
// database themselves, so a deactivated user is refused at once.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { MAX_BODY_BYTES, mustCountBody, refusal, withBelievedForwarding, type Refusal } from "@/lib/request-guard";

// The calendar feed and the JSON API authenticate by personal tokens, not sessions; a digest's
// unsubscribe page and its one-click POST by the signed link itself.
const PUBLIC = [
  /^\/sign-in$/,
  /^\/api\/auth(\/|$)/,
  /^\/api\/health$/,
  /^\/api\/calendar\/[^/]+$/,
  /^\/api\/v1(\/|$)/,
  /^\/unsubscribe$/,
  /^\/api\/unsubscribe$/,
];

const REFUSED: Record<Refusal, number> = { "malformed-path": 400, "cross-origin": 403, "body-too-large": 413 };

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  let refused = refusal({ method: request.method, pathname, headers: request.headers });
  if (!refused && mustCountBody(request) && (await request.arrayBuffer()).byteLength > MAX_BODY_BYTES) refused = "body-too-large";
  if (refused === "malformed-path" && !pathname.startsWith("/api/")) {
    // No page has such an address: the officer gets the not-found page in their language.
    return NextResponse.rewrite(new URL("/not-found", request.url));
  }
  if (refused) return NextResponse.json({ error: refused }, { status: REFUSED[refused] });
  // Whatever runs next (next-auth, Next.js's server-action check, pages) reads X-Forwarded-* only
  // as a trusted proxy sent them.
  const believed = withBelievedForwarding(request.headers);
  const pass = () => (believed ? NextResponse.next({ request: { headers: believed } }) : NextResponse.next());
  if (PUBLIC.some((pattern) => pattern.test(pathname))) return pass();
  const token = await getToken({ req: request, secret: authSecret(), decode: decodeSessionToken });
  if (token?.uid) return pass();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "unauthorized", message: "Sign in or send a valid token." }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

/**
 * The document upload is left out: for a path the proxy runs on, Next.js copies the request's
 * body for it and buffers the whole body for the route, cut at proxyClientMaxBodySize, so a 25 MB
 * file would sit in memory and arrive cut short. Its route makes this proxy's checks itself (the
 * Origin, the session, the size) while it streams the file (app/(app)/documents/upload/route.ts).
 */
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|documents/upload$).*)"],
};
