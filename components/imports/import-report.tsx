"use client";

import { useTranslations } from "next-intl";
import { translateMessage } from "@/lib/i18n/message";
import type { ImportReport } from "@/lib/imports/plan";
import { Badge } from "../ui/badge";

const TONE = { create: "success", update: "info", refuse: "danger" } as const;

/** A dry run's (or a refused apply's) findings: every row that would be written or is refused. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const t = useTranslations("import");
  const tAll = useTranslations();
  const field = (key: string) => (tAll.has(`fields.${key}`) ? tAll(`fields.${key}`) : key);
  const outcome = { create: t("outcomeCreate"), update: t("outcomeUpdate"), refuse: t("outcomeRefuse") };
  const empty = t("emptyValue");
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="import-report">
      <p className="font-medium text-slate-900">{t("counts", report.counts)}</p>
      {report.ignoredSheets.length ? <p className="mt-1 text-xs text-slate-500">{t("ignoredSheets", { sheets: report.ignoredSheets.join(", ") })}</p> : null}
      {report.rows.length ? (
        <table className="mt-3 w-full text-left">
          <caption className="sr-only">{t("reportCaption")}</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("sheet")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("row")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("outcome")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("record")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("details")}
              </th>
            </tr>
          </thead>
          <tbody className="align-top">
            {report.rows.map((row) => (
              <tr key={`${row.sheet}:${row.line}`} className="border-t border-slate-100" data-outcome={row.outcome}>
                <td className="py-2 pr-3 text-slate-600">{row.sheet}</td>
                <td className="py-2 pr-3 tabular-nums">{row.line}</td>
                <td className="py-2 pr-3">
                  <Badge tone={TONE[row.outcome]}>{outcome[row.outcome]}</Badge>
                </td>
                <td className="py-2 pr-3 text-slate-900">{row.label}</td>
                <td className="py-2">
                  <ul className="space-y-1">
                    {row.changes.map((change) => (
                      <li key={change.field}>
                        <span className="font-medium text-slate-700">{field(change.field)}</span>
                        {": "}
                        {row.outcome === "update" ? (
                          <>
                            <del className="text-slate-500">{change.before || empty}</del>
                            {" → "}
                          </>
                        ) : null}
                        <ins className="no-underline">{change.after || empty}</ins>
                      </li>
                    ))}
                    {row.problems.map((problem, index) => (
                      <li key={index} className="text-rose-800">
                        {problem.column ? <span className="font-medium">{t("column", { column: problem.column })}</span> : null}
                        {problem.value ? ` “${problem.value}”` : null}
                        {problem.column || problem.value ? ": " : null}
                        {translateMessage(tAll, problem.message)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
