"use client";

import { useTranslations } from "next-intl";
import { translateMessage } from "@/lib/i18n/message";
import type { ImportReport } from "@/lib/imports/plan";
import { ColumnTable } from "../data-table/column-table";
import { Badge } from "../ui/badge";

const TONE = { create: "success", update: "info", refuse: "danger" } as const;

type ReportRow = ImportReport["rows"][number];

/** A dry run's (or a refused apply's) findings: every row that would be written or is refused. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const t = useTranslations("import");
  const tAll = useTranslations();
  const field = (key: string) => (tAll.has(`fields.${key}`) ? tAll(`fields.${key}`) : key);
  const outcome = { create: t("outcomeCreate"), update: t("outcomeUpdate"), refuse: t("outcomeRefuse") };
  const empty = t("emptyValue");
  const details = (row: ReportRow) => (
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
  );
  return (
    <section className="flex flex-col gap-3 text-sm" data-testid="import-report">
      <div>
        <p className="font-medium text-slate-900">{t("counts", report.counts)}</p>
        {report.ignoredSheets.length ? <p className="mt-1 text-xs text-slate-500">{t("ignoredSheets", { sheets: report.ignoredSheets.join(", ") })}</p> : null}
      </div>
      {report.rows.length ? (
        <ColumnTable
          caption={t("reportCaption")}
          rows={report.rows}
          rowKey={(row) => `${row.sheet}:${row.line}`}
          rowData={(row) => ({ "data-outcome": row.outcome })}
          columns={[
            { id: "sheet", header: t("sheet"), className: "text-slate-600", cell: (row) => row.sheet },
            { id: "row", header: t("row"), numeric: true, cell: (row) => row.line },
            { id: "outcome", header: t("outcome"), cell: (row) => <Badge tone={TONE[row.outcome]}>{outcome[row.outcome]}</Badge> },
            { id: "record", header: t("record"), className: "text-slate-900", cell: (row) => row.label },
            { id: "details", header: t("details"), className: "w-full", cell: details },
          ]}
        />
      ) : null}
    </section>
  );
}
