import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DigestForm } from "@/components/settings/digest-form";
import { OwnEconomyForm } from "@/components/settings/own-economy-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listEconomies } from "@/lib/economies/queries";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import { officeTimeZone } from "@/lib/today";
import { ownNotificationSettings } from "@/lib/users/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.account"))("title") };
}

export default async function NotificationSettingsPage() {
  const user = await requirePageUser();
  const [t, locale, economies, settings] = await Promise.all([
    getTranslations("settings.account"),
    getLocale(),
    listEconomies(),
    ownNotificationSettings(user.id),
  ]);
  const name = (economy: Parameters<typeof economyName>[0]) => economyName(economy, locale as Locale);
  const officeChoice = settings.office ? t("officeEconomy", { economy: name(settings.office), economyZh: name(settings.office) }) : t("officeNotSet");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="flex max-w-3xl flex-col gap-6">
        {settings.office ? null : (
          <Notice tone="info" title={t("noOfficeTitle")}>
            <p>{t("noOfficeBody")}</p>
            {hasRole(user.role, "ADMIN") ? (
              <Link href="/admin/settings" className="mt-1 inline-block font-medium underline">
                {t("noOfficeAdmin")}
              </Link>
            ) : null}
          </Notice>
        )}
        <Section title={t("economyHeading")}>
          <OwnEconomyForm
            economies={economies.map((economy) => ({ value: economy.code, label: name(economy) }))}
            current={settings.economy?.code ?? null}
            officeChoice={officeChoice}
          />
        </Section>
        <Section title={t("digestHeading")}>
          <DigestForm frequency={settings.digestFrequency} weekday={settings.digestWeekday} help={t("digestHelp", { zone: officeTimeZone() })} />
        </Section>
      </div>
    </>
  );
}
