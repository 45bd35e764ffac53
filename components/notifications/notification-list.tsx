import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { markNotificationRead } from "@/lib/notifications/actions";
import type { RenderedNotification } from "@/lib/notifications/render";
import { ActionButton } from "../forms/action-button";
import { Badge } from "../ui/badge";

export interface NotificationRow extends RenderedNotification {
  id: number;
  read: boolean;
}

/** The officer's notifications as sentences, newest first; an unread one can be marked read on its own. */
export async function NotificationList({ rows }: { rows: NotificationRow[] }) {
  const t = await getTranslations("notifications");
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {rows.map((row) => (
        <li
          key={row.id}
          id={`notification-${row.id}`}
          data-testid="notification"
          data-read={row.read}
          className={`flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between ${row.read ? "" : "bg-brand-50/40"}`}
        >
          <div className="min-w-0">
            <p className={`text-sm ${row.read ? "text-slate-700" : "font-medium text-slate-900"}`}>
              {row.read ? null : (
                <span className="mr-2 align-middle">
                  <Badge tone="info">{t("unread")}</Badge>
                </span>
              )}
              {row.href ? (
                <Link href={row.href as never} className="text-brand-700 underline-offset-2 hover:underline">
                  {row.sentence}
                </Link>
              ) : (
                row.sentence
              )}
            </p>
            <p className="mt-0.5 text-xs text-slate-500">{[row.by, row.when].filter(Boolean).join(" · ")}</p>
          </div>
          {row.read ? null : (
            <div className="shrink-0">
              <ActionButton action={markNotificationRead} fields={{ id: row.id }} size="sm" label={t("markReadOf", { sentence: row.sentence })}>
                {t("markRead")}
              </ActionButton>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
