import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/actions";

/** A plain form: switching works without JavaScript and is remembered (cookie, and the user's setting). */
export async function LanguageSwitcher() {
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={locale === "zh-TW" ? "en" : "zh-TW"} />
      <button
        type="submit"
        lang={locale === "zh-TW" ? "en" : "zh-Hant-TW"}
        title={t("switchToLabel")}
        aria-label={t("switchToLabel")}
        className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50"
        data-testid="language-switch"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
