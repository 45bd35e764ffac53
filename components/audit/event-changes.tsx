import { useTranslations } from "next-intl";
import { ColumnTable } from "../data-table/column-table";

/** Field-level before and after of one audit event; field names in the reader's language. */
export function EventChanges({ before, after }: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  const t = useTranslations("audit");
  const fields = useTranslations("fields");
  const all = useTranslations();
  const enumOf: Record<string, string[]> = {
    status: ["enums.itemStatus", "enums.milestoneStatus"],
    kind: ["enums.itemKind"],
    fundAccount: ["enums.fundAccount"],
    role: ["enums.role"],
    from: ["enums.role"],
  };
  // Stored values are codes (IN_IMPLEMENTATION, true); show them as the interface names them.
  const named = (key: string, value: unknown): unknown => {
    if (typeof value === "boolean") return all(value ? "common.yes" : "common.no");
    if (typeof value !== "string") return value;
    const namespace = enumOf[key]?.find((ns) => all.has(`${ns}.${value}`));
    return namespace ? all(`${namespace}.${value}`) : value;
  };
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  if (keys.length === 0) return null;
  const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : Array.isArray(value) ? value.join("; ") : String(value));
  return (
    <ColumnTable
      variant="nested"
      rows={keys}
      rowKey={(key) => key}
      columns={[
        { id: "field", header: t("field"), rowHeader: true, className: "text-slate-700", cell: (key) => (fields.has(key) ? fields(key) : key) },
        {
          id: "before",
          header: t("before"),
          className: "whitespace-pre-wrap text-slate-500 line-through decoration-slate-300",
          cell: (key) => (before ? show(named(key, before[key])) : "—"),
        },
        { id: "after", header: t("after"), className: "whitespace-pre-wrap text-slate-900", cell: (key) => (after ? show(named(key, after[key])) : "—") },
      ]}
    />
  );
}
