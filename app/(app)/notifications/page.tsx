import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";
import { markAllNotificationsRead } from "@/lib/notifications/actions";
import { NOTIFICATION_RETENTION_DAYS } from "@/lib/notifications/kinds";
import { listNotifications } from "@/lib/notifications/queries";
import { renderNotification } from "@/lib/notifications/render";
import { notificationListSchema, type NotificationFilter } from "@/lib/notifications/schema";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const user = await requirePageUser();
  const [t, tAll, te, locale] = await Promise.all([getTranslations("notifications"), getTranslations(), getTranslations("errors"), getLocale()]);
  const raw = await searchParams;
  const parsed = notificationListSchema.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v])));
  const header = (
    <PageHeader title={t("title")} subtitle={t("subtitle", { days: NOTIFICATION_RETENTION_DAYS })}>
      <Link href="/account/notifications" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        {t("settings")}
      </Link>
    </PageHeader>
  );
  if (!parsed.success) {
    return (
      <>
        {header}
        <Notice title={te("linkFilterUnreadable")}>
          <ul className="list-disc pl-5">
            {parsed.error.issues.map((issue) => (
              <li key={`${issue.path.join(".")}${issue.message}`}>{translateMessage(tAll, issue.message)}</li>
            ))}
          </ul>
          <Link href="/notifications" className="mt-2 inline-block font-medium underline">
            {t("showAll")}
          </Link>
        </Notice>
      </>
    );
  }
  const query = parsed.data;
  const list = await listNotifications(user.id, query);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (show: NotificationFilter, page = 1) => {
    const params = new URLSearchParams([...(show === "unread" ? [["show", "unread"]] : []), ...(page > 1 ? [["page", String(page)]] : [])]);
    return `/notifications${params.size ? `?${params}` : ""}`;
  };
  const rows = list.notifications.map((notification) => ({
    id: notification.id,
    read: notification.readAt !== null,
    ...renderNotification(notification, tAll, locale as Locale),
  }));

  return (
    <>
      {header}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("show")} className="flex gap-1 text-sm">
          {(["all", "unread"] as const).map((show) => (
            <Link
              key={show}
              href={href(show) as never}
              aria-current={query.show === show ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 ${query.show === show ? "bg-brand-50 font-medium text-brand-800" : "text-slate-600 hover:bg-slate-100"}`}
            >
              {show === "all" ? t("showAll") : t("showUnread", { count: list.unread })}
            </Link>
          ))}
        </nav>
        {list.unread > 0 && list.newestId !== null ? (
          <ActionButton action={markAllNotificationsRead} fields={{ upTo: list.newestId }}>
            {t("markAll")}
          </ActionButton>
        ) : null}
      </div>
      <p className="mb-2 text-sm text-slate-600" role="status">
        {t("count", { count: list.total })}
        {pages > 1 ? ` · ${t("pageOf", { page: list.page, pages })}` : ""}
      </p>
      {rows.length === 0 ? <EmptyState>{query.show === "unread" ? t("emptyUnread") : t("empty")}</EmptyState> : <NotificationList rows={rows} />}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-3 flex gap-3 text-sm">
          {list.page > 1 ? (
            <Link href={href(query.show, list.page - 1) as never} className="text-brand-700 underline">
              {t("newer")}
            </Link>
          ) : null}
          {list.page < pages ? (
            <Link href={href(query.show, list.page + 1) as never} className="text-brand-700 underline">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
