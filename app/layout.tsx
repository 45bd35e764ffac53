import type { Metadata } from "next";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { htmlLang, type Locale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("appTagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone, t] = await Promise.all([getLocale(), getTimeZone(), getTranslations("common")]);
  return (
    <html lang={htmlLang(locale as Locale)}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages locale={locale} timeZone={timeZone}>
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
