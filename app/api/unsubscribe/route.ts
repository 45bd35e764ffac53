import { unsubscribeByLink } from "@/lib/digests/unsubscribe";
import { publicOrigin } from "@/lib/request-guard";

export const dynamic = "force-dynamic";

function signedParams(request: Request) {
  const query = new URL(request.url).searchParams;
  return { u: query.get("u"), t: query.get("t"), s: query.get("s") };
}

/**
 * The List-Unsubscribe address of every digest: a mail client's "unsubscribe" button posts
 * "List-Unsubscribe=One-Click" here (RFC 8058) from its own servers, without any session; the
 * signed query is the credential. Done (or already done) answers 200; a link we did not sign
 * answers 400 and changes nothing.
 */
export async function POST(request: Request) {
  const state = await unsubscribeByLink(signedParams(request));
  if (!state.ok && state.problem === "invalid") {
    return Response.json({ error: "invalid-link", message: "This unsubscribe link is incomplete or was changed; nothing was changed." }, { status: 400 });
  }
  // An account no longer active receives nothing already: for the mail client, that is done too.
  return Response.json({ unsubscribed: true });
}

/** A client that opens the address instead of posting to it gets the page the email's own link opens. */
export function GET(request: Request) {
  const page = new URL("/unsubscribe", publicOrigin(request.headers));
  page.search = new URL(request.url).search;
  return Response.redirect(page, 303);
}
