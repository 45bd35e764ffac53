import { getTranslations } from "next-intl/server";
import { FOLLOW_UP_FILTERS, type MyActionsQuery } from "@/lib/follow-ups/schema";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";

/** Which actions "My actions" lists: a plain GET form, so it works without JavaScript. */
export async function MyActionsFilter({ query }: { query: MyActionsQuery }) {
  const t = await getTranslations("followUps");
  return (
    <form method="get" action="/actions" aria-label={t("filterLabel")} className="mb-4 flex flex-wrap items-end gap-4 text-sm">
      <label className="flex flex-col gap-1">
        <span className="font-medium text-slate-700">{t("filterStatus")}</span>
        <select name="status" defaultValue={query.status} className={select}>
          {FOLLOW_UP_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`filter.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium text-slate-700">{t("filterOwner")}</span>
        <select name="owner" defaultValue={query.owner} className={select}>
          <option value="me">{t("ownerMe")}</option>
          <option value="all">{t("ownerAll")}</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
        {t("filterShow")}
      </button>
    </form>
  );
}
