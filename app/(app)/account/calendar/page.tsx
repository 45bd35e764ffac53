import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { CalendarTokenPanel } from "@/components/users/calendar-token-panel";
import { requirePageUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/today";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarPage() {
  const user = await requirePageUser();
  const [t, locale, head, token] = await Promise.all([
    getTranslations("calendar"),
    getLocale(),
    headers(),
    db.accessToken.findFirst({
      where: { userId: user.id, purpose: "calendar", revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, lastUsedAt: true },
    }),
  ]);
  const host = head.get("x-forwarded-host") ?? head.get("host") ?? "localhost";
  const proto = head.get("x-forwarded-proto") ?? (process.env.NEXTAUTH_URL?.startsWith("https://") ? "https" : "http");
  const base = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : `${proto}://${host}`;
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
