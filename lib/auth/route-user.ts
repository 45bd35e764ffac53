import "server-only";
import { catalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { msg, translateMessage } from "../i18n/message";
import { getCurrentUser, type CurrentUser } from "./session";

export type RouteUser = { ok: true; user: CurrentUser } | { ok: false; response: Response };

/**
 * For route handlers a browser reaches with its session cookie (the export): the rules pages
 * follow (requirePageUser), answered as a route must. Anonymous callers get 401. An account still
 * on its administrator-issued one-time password reads nothing until it has changed it: a browser
 * opening the address is sent to the password change, a script gets 403 saying why; so is an
 * account that must set up a second factor first.
 * Token routes (the API, the calendar feed) authenticate otherwise and do not use this.
 */
export async function requireRouteUser(request: Request, locale: Locale): Promise<RouteUser> {
  const user = await getCurrentUser();
  const refuse = (status: 401 | 403, error: string, message: string) =>
    Response.json({ error, message: translateMessage(catalogueTranslator(locale) as never, message) }, { status, headers: { "Cache-Control": "no-store" } });
  if (!user) return { ok: false, response: refuse(401, "unauthorized", msg("a.notSignedIn")) };
  if (user.mustChangePassword) {
    if (isNavigation(request))
      return { ok: false, response: new Response(null, { status: 303, headers: { Location: "/account/password", "Cache-Control": "no-store" } }) };
    return { ok: false, response: refuse(403, "password_change_required", msg("a.changePasswordFirst")) };
  }
  if (user.mustSetUpSecondFactor) {
    if (isNavigation(request))
      return { ok: false, response: new Response(null, { status: 303, headers: { Location: "/account/security", "Cache-Control": "no-store" } }) };
    return { ok: false, response: refuse(403, "second_factor_required", msg("security.setUpFirst")) };
  }
  return { ok: true, user };
}

/** Whether the browser itself opens the address (a link, the address bar), rather than a script fetching it. */
function isNavigation(request: Request): boolean {
  const mode = request.headers.get("sec-fetch-mode");
  if (mode) return mode === "navigate";
  return (request.headers.get("accept") ?? "").includes("text/html");
}
