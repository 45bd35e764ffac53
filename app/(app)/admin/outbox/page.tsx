import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { SmtpBanner } from "@/components/outbox/smtp-banner";
import { StatusFilter } from "@/components/outbox/status-filter";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/session";
import { systemClock } from "@/lib/clock";
import { translateMessage } from "@/lib/i18n/message";
import { listOutbox, smtpStatus } from "@/lib/mail/queries";
import { outboxFiltersSchema } from "@/lib/mail/schema";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage({ searchParams }: PageProps<"/admin/outbox">) {
  await requirePageUser({ role: "ADMIN" });
  const [t, tAll, te] = await Promise.all([getTranslations("outbox"), getTranslations(), getTranslations("errors")]);
  const raw = await searchParams;
  const parsed = outboxFiltersSchema.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v])));
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
          <Link href="/admin/outbox" className="mt-2 inline-block font-medium underline">
            {t("showAll")}
          </Link>
        </Notice>
      </>
    );
  }
  const filters = parsed.data;
  const now = systemClock();
  const { rows, total, page, pageSize, counts } = await listOutbox(filters, now);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (n: number) => `/admin/outbox?${new URLSearchParams({ ...(filters.status ? { status: filters.status } : {}), page: String(n) })}`;

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SmtpBanner status={smtpStatus()} />
      <StatusFilter current={filters.status} counts={counts} />
      <p className="mb-2 text-sm text-slate-600" role="status">
        {t("count", { count: total })}
        {pages > 1 ? t("pageOf", { page, pages }) : ""}
      </p>
      {rows.length === 0 ? <EmptyState>{t("none")}</EmptyState> : <OutboxTable rows={rows} now={now} caption={t("caption")} />}
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
