import "server-only";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "../auth/session";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./config";

/** The user's saved choice, then the cookie (signed-out visitors), then the browser's languages. */
export async function resolveLocale(): Promise<Locale> {
  const user = await getCurrentUser().catch(() => null);
  if (isLocale(user?.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}
