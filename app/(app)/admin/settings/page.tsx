import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OfficeEconomyForm } from "@/components/settings/office-economy-form";
import { OfficeNameForm } from "@/components/settings/office-name-form";
import { SecondFactorSettingForm } from "@/components/settings/second-factor-setting-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { officeRequiresSecondFactor } from "@/lib/auth/second-factor-queries";
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
  const [t, tn, tsf, locale, economies, office, secondFactorRequired] = await Promise.all([
    getTranslations("settings.office"),
    getTranslations("officeName"),
    getTranslations("security"),
    getLocale(),
    listEconomies(),
    officeSettings(),
    officeRequiresSecondFactor(),
  ]);
  const officeName = [office.nameZh, office.nameEn].filter(Boolean).join(" / ");
  const name = (economy: Parameters<typeof economyName>[0]) => economyName(economy, locale as Locale);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="flex flex-col gap-6">
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
        <Section title={tn("heading")}>
          <p className="mb-1 text-sm text-slate-700">{tn("help")}</p>
          <p className="mb-4 text-sm text-slate-700" data-testid="office-name">
            {officeName ? tn("current", { name: officeName }) : tn("currentNone")}
          </p>
          <OfficeNameForm nameEn={office.nameEn} nameZh={office.nameZh} version={office.version} />
        </Section>
        <Section title={tsf("settingHeading")}>
          <p className="mb-4 text-sm text-slate-700" data-testid="second-factor-setting">
            {secondFactorRequired ? tsf("settingCurrentOn") : tsf("settingCurrentOff")}
          </p>
          <SecondFactorSettingForm required={secondFactorRequired} version={office.version} label={tsf("settingLabel")} save={tsf("settingSave")} />
        </Section>
      </div>
    </>
  );
}
