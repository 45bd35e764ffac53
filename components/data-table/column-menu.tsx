"use client";

import { useTranslations } from "next-intl";

export interface MenuColumn {
  id: string;
  label: string;
  shown: boolean;
  /** Always shown: the box is ticked and cannot be cleared. */
  locked: boolean;
}

interface ColumnMenuProps {
  columns: MenuColumn[];
  onChange: (id: string, shown: boolean) => void;
  /** Whether the choice is being kept, could not be kept, or is kept. */
  saving: "saving" | "failed" | "saved";
}

/** "Columns": a box per column to show or hide it, and whether the choice was kept. */
export function ColumnMenu({ columns, onChange, saving }: ColumnMenuProps) {
  const t = useTranslations("table");
  return (
    <details className="self-end text-sm print:hidden">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
        {t("columnsMenu")}
      </summary>
      <fieldset className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 rounded-md border border-slate-200 bg-white p-3">
        <legend className="sr-only">{t("columnsLegend")}</legend>
        {columns.map((column) => (
          <label key={column.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              className="size-4"
              checked={column.shown}
              disabled={column.locked}
              onChange={(event) => onChange(column.id, event.target.checked)}
            />
            {column.label}
          </label>
        ))}
        <p className="col-span-2 mt-1 text-xs text-slate-500" role="status">
          {saving === "saving" ? t("columnsSaving") : saving === "failed" ? t("columnsNotSaved") : t("columnsRemembered")}
        </p>
      </fieldset>
    </details>
  );
}
