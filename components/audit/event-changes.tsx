import { useTranslations } from "next-intl";

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
    <table className="mt-2 w-full text-left text-xs">
      <thead className="text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            {t("field")}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {t("before")}
          </th>
          <th scope="col" className="py-1 font-medium">
            {t("after")}
          </th>
        </tr>
      </thead>
      <tbody className="align-top">
        {keys.map((key) => (
          <tr key={key} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-3 font-medium text-slate-700">
              {fields.has(key) ? fields(key) : key}
            </th>
            <td className="whitespace-pre-wrap py-1 pr-3 text-slate-500 line-through decoration-slate-300">{before ? show(named(key, before[key])) : "—"}</td>
            <td className="whitespace-pre-wrap py-1 text-slate-900">{after ? show(named(key, after[key])) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
