"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "../auth/session";
import { db } from "../db";
import { sameSitePath } from "../same-site-path";
import { isLocale, LOCALE_COOKIE } from "./config";
import { msg } from "./message";

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
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { locale } });
      await tx.auditEvent.create({
        data: {
          userId: user.id,
          action: "user.locale",
          entityType: "User",
          entityId: String(user.id),
          summary: msg("audit.locale", { locale }),
          before: JSON.stringify({ locale: user.locale }),
          after: JSON.stringify({ locale }),
        },
      });
    });
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
