import { useTranslations } from "next-intl";

/** Marks a value the source did not state but the seed inferred, so it is not read as reported. */
export function InferredTag() {
  const t = useTranslations("inferred");
  return (
    <span
      title={t("title")}
      data-testid="inferred"
      className="ml-1.5 inline-flex items-center rounded px-1.5 py-0.5 align-middle text-xs font-normal text-amber-900 ring-1 ring-amber-200 ring-inset"
    >
      <span aria-hidden="true">{t("tag")}</span>
      <span className="sr-only">{t("title")}</span>
    </span>
  );
}

/** Whether a comma-separated inferredFields list names the field. */
export function isInferred(inferredFields: string | undefined, field: string): boolean {
  return (inferredFields ?? "").split(",").includes(field);
}
