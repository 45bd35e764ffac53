import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EventTable } from "@/components/audit/event-table";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { listAuditEvents } from "@/lib/audit/queries";
import { AUDIT_ENTITIES, auditFiltersSchema } from "@/lib/audit/schema";
import { requirePageUser } from "@/lib/auth/session";
import { translateMessage } from "@/lib/i18n/message";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePageUser({ role: "ADMIN" });
  const [t, tAll, te, tc] = await Promise.all([getTranslations("audit"), getTranslations(), getTranslations("errors"), getTranslations("common")]);
  const raw = await searchParams;
  const parsed = auditFiltersSchema.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v])));
  if (!parsed.success) {
    return (
      <>
        <PageHeader title={t("title")} />
        <Notice title={te("linkFilterUnreadable")}>
          <ul className="list-disc pl-5">
            {parsed.error.issues.map((issue) => (
              <li key={`${issue.path.join(".")}${issue.message}`}>{translateMessage(tAll, issue.message)}</li>
            ))}
          </ul>
          <Link href="/admin/audit" className="mt-2 inline-block font-medium underline">
            {te("showEveryEvent")}
          </Link>
        </Notice>
      </>
    );
  }
  const filters = parsed.data;
  const { events, total, page, pageSize, users } = await listAuditEvents(filters);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (n: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...filters, page: n })
        .filter(([, v]) => v !== undefined && v !== "")
        .map(([k, v]) => [k, String(v)]),
    );
    return `/admin/audit?${query}`;
  };

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form action="/admin/audit" method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">{t("who")}</span>
          <select name="user" defaultValue={filters.user ?? ""} className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">{t("anyone")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">{t("what")}</span>
          <select name="entity" defaultValue={filters.entity ?? ""} className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">{t("anything")}</option>
            {AUDIT_ENTITIES.map((entity) => (
              <option key={entity} value={entity}>
                {t(`entity${entity}`)}
              </option>
            ))}
          </select>
        </label>
        {(["from", "to"] as const).map((name) => (
          <label key={name} className="flex flex-col gap-1">
            <span className="font-medium text-slate-700">{tAll(`fields.${name}`)}</span>
            <input
              type="text"
              inputMode="numeric"
              name={name}
              defaultValue={filters[name] ?? ""}
              placeholder="2024-06-30"
              pattern="\d{4}-\d{2}-\d{2}"
              title={`${tAll("forms.dateHint")} 2024-06-30`}
              aria-describedby="audit-date-hint"
              className="w-32 rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
        ))}
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium">
          {tc("apply")}
        </button>
        <Link href="/admin/audit" className="py-1.5 text-brand-700 underline-offset-2 hover:underline">
          {tc("clear")}
        </Link>
        {/* Dates read the same in both languages, not in the browser's own format. */}
        <p id="audit-date-hint" className="basis-full text-xs text-slate-500">
          {tAll("forms.dateHint")} 2024-06-30
        </p>
      </form>
      <p className="mb-2 text-sm text-slate-600" role="status">
        {t("events", { count: total })}
        {pages > 1 ? t("pageOf", { page, pages }) : ""}
      </p>
      {events.length === 0 ? <EmptyState>{t("noMatch")}</EmptyState> : <EventTable events={events} caption={t("caption")} testId="audit-event" trail />}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-3 flex gap-3 text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1) as never} className="text-brand-700 underline">
              {t("newer")}
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={pageHref(page + 1) as never} className="text-brand-700 underline">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
