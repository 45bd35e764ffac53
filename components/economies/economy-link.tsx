import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";

type EconomyRef = { code: string; name: string; shortName: string | null; nameZh?: string | null };

export function EconomyLink({ economy }: { economy: EconomyRef }) {
  const locale = useLocale() as Locale;
  return (
    <Link
      href={`/economies/${economy.code}`}
      className="text-slate-800 underline decoration-slate-300 underline-offset-2 hover:text-brand-700 hover:decoration-current"
      title={economy.name}
    >
      {economyName(economy, locale)}
    </Link>
  );
}

export function EconomyList({ economies }: { economies: EconomyRef[] }) {
  const t = useTranslations("common");
  const locale = useLocale();
  if (economies.length === 0) return <span className="text-slate-500">{t("none")}</span>;
  return (
    <ul className="flex flex-wrap gap-x-1.5 gap-y-0.5">
      {economies.map((economy, index) => (
        <li key={economy.code}>
          <EconomyLink economy={economy} />
          {index < economies.length - 1 ? <span className="text-slate-500">{locale === "zh-TW" ? "、" : ";"}</span> : null}
        </li>
      ))}
    </ul>
  );
}
