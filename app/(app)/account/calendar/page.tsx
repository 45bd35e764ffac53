import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { CalendarTokenPanel } from "@/components/users/calendar-token-panel";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { publicOrigin } from "@/lib/request-guard";
import { formatInstant } from "@/lib/today";
import { liveCalendarToken } from "@/lib/tokens/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarPage() {
  const user = await requirePageUser();
  const [t, locale, head, token] = await Promise.all([getTranslations("calendar"), getLocale(), headers(), liveCalendarToken(user.id)]);
  const base = publicOrigin(head);
  const when = (date: Date) => formatInstant(date, locale as Locale);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <Section title={t("address")}>
        <p className="mb-3 text-sm text-slate-700">
          {token
            ? token.lastUsedAt
              ? t("active", { date: when(token.createdAt), used: when(token.lastUsedAt) })
              : t("activeNeverUsed", { date: when(token.createdAt) })
            : t("none")}
        </p>
        <CalendarTokenPanel feedBase={`${base}/api/calendar`} active={Boolean(token)} />
        <p className="mt-4 text-sm text-slate-600">{t("filtered")}</p>
      </Section>
    </>
  );
}
