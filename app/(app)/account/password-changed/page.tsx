import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/today";
import { lastOwnPasswordChange } from "@/lib/users/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordChanged"))("title") };
}

/** Where an officer lands after changing their own password: what ended with the old one. */
export default async function PasswordChangedPage() {
  const user = await requirePageUser();
  const [t, locale, change] = await Promise.all([getTranslations("passwordChanged"), getLocale(), lastOwnPasswordChange(user.id)]);
  if (!change) redirect("/account/password");
  const { calendarAddress, apiTokens } = change.ended;
  const link = "text-brand-700 underline underline-offset-2 hover:text-brand-800";
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro", { date: formatInstant(change.at, locale as Locale) })} />
      <div className="flex flex-col gap-6">
        <Section title={t("endedTitle")}>
          {calendarAddress || apiTokens.length > 0 ? (
            <div className="flex flex-col gap-3 text-sm text-slate-700" data-testid="ended-tokens">
              <p>{t("endedIntro")}</p>
              {calendarAddress ? (
                <p>
                  {t("calendarEnded")}{" "}
                  <Link href="/account/calendar" className={link}>
                    {t("makeCalendar")}
                  </Link>
                </p>
              ) : null}
              {apiTokens.length > 0 ? (
                <div>
                  <p>{t("apiEnded", { count: apiTokens.length })}</p>
                  <ul className="my-2 list-disc pl-6">
                    {apiTokens.map((label, index) => (
                      <li key={index} data-testid="ended-api-token">
                        {label}
                      </li>
                    ))}
                  </ul>
                  <Link href="/account/api-tokens" className={link}>
                    {t("makeApiTokens")}
                  </Link>
                </div>
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-slate-700">{t("nothingEnded")}</p>
          )}
        </Section>
        <p>
          <Link href="/" className={`text-sm ${link}`}>
            {t("continue")}
          </Link>
        </p>
      </div>
    </>
  );
}
