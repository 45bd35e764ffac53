import type { Metadata } from "next";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ChineseMessages } from "@/components/i18n/chinese-messages";
import { EnglishMessages } from "@/components/i18n/english-messages";
import { htmlLang, type Locale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("appTagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone, t] = await Promise.all([getLocale(), getTimeZone(), getTranslations("common")]);
  const ClientMessages = locale === "zh-TW" ? ChineseMessages : EnglishMessages;
  return (
    <html lang={htmlLang(locale as Locale)}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages timeZone={timeZone}>{children}</ClientMessages>
      </body>
    </html>
  );
}
