import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OfficeEconomyForm } from "@/components/settings/office-economy-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/session";
import { listEconomies } from "@/lib/economies/queries";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import { officeSettings } from "@/lib/office/settings";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.office"))("title") };
}

export default async function OfficeSettingsPage() {
  await requirePageUser({ role: "ADMIN" });
  const [t, locale, economies, office] = await Promise.all([getTranslations("settings.office"), getLocale(), listEconomies(), officeSettings()]);
  const name = (economy: Parameters<typeof economyName>[0]) => economyName(economy, locale as Locale);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Section title={t("economyHeading")}>
        <p className="mb-4 text-sm text-slate-700" data-testid="office-economy">
          {office.economy ? t("current", { economy: name(office.economy), economyZh: name(office.economy) }) : t("currentNone")}
        </p>
        <OfficeEconomyForm
          economies={economies.map((economy) => ({ value: economy.code, label: name(economy) }))}
          current={office.economy?.code ?? null}
          version={office.version}
        />
      </Section>
    </>
  );
}
