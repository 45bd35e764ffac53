import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, otherTitle } from "@/lib/i18n/data";

/**
 * The title in the reader's language, the other language's beneath; a missing one is said so.
 * `children` go beneath both, in the same block.
 */
export function ItemTitle({
  item,
  size = "sm",
  children,
}: {
  item: { id: number; titleEn: string; titleZh: string | null };
  size?: "sm" | "base";
  children?: ReactNode;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("common");
  const main = localTitle(item, locale);
  const other = otherTitle(item, locale);
  return (
    <div className="min-w-0">
      <Link
        href={`/items/${item.id}`}
        lang={main.lang}
        className={`font-medium text-brand-700 underline-offset-2 hover:underline ${size === "base" ? "text-base" : "text-sm"}`}
      >
        {main.text}
      </Link>
      {main.fallback ? <p className="mt-0.5 text-xs italic text-slate-500">{t("fallbackTitle")}</p> : null}
      {other ? (
        <p lang={other.lang} className="mt-0.5 text-xs text-slate-500">
          {other.text}
        </p>
      ) : null}
      {children}
    </div>
  );
}
