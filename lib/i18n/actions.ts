"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "../auth/session";
import { writeTransaction } from "../db/write";
import { sameSitePath } from "../same-site-path";
import { setOwnLocale } from "../users/mutations";
import { isLocale, LOCALE_COOKIE } from "./config";

/**
 * Switches the interface language: kept in a cookie for everyone (so the sign-in page follows it)
 * and, for a signed-in user, as their setting, which wins on any device they sign in from.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  const user = await getCurrentUser();
  if (user && user.locale !== locale) {
    await writeTransaction((tx) => setOwnLocale(tx, user, { from: user.locale, locale }));
  }
  const referer = (await headers()).get("referer");
  let back = "/";
  try {
    back = referer ? sameSitePath(new URL(referer).pathname + new URL(referer).search) : "/";
  } catch {
    // A malformed Referer sends the user to the overview.
  }
  redirect(back as never);
}
