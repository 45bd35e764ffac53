import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export function DefinitionList({ entries }: { entries: [string, ReactNode][] }) {
  const t = useTranslations("common");
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
      {entries.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600">{term}</dt>
          <dd className="text-slate-900">{value ?? <span className="text-slate-500">{t("notRecorded")}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
