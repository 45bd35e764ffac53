import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";
import { formatInstant } from "@/lib/today";
import { ColumnTable } from "../data-table/column-table";
import { EventChanges } from "./event-changes";

export interface AuditEventRow {
  id: number;
  at: Date;
  action: string;
  itemId: number | null;
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  user: { name: string; email: string } | null;
}

interface EventTableProps {
  events: AuditEventRow[];
  caption: string;
  /** Each event's row, for tests. */
  testId: string;
  /** The whole audit trail: each author's email, the action's code and a link to the item's history. */
  trail?: boolean;
}

/** Audit events, newest first: when, who, and what changed, each field before and after. */
export function EventTable({ events, caption, testId, trail = false }: EventTableProps) {
  const t = useTranslations("audit");
  const tAll = useTranslations();
  const locale = useLocale() as Locale;
  return (
    <ColumnTable
      caption={caption}
      rows={events}
      rowKey={(event) => event.id}
      rowData={() => ({ "data-testid": testId })}
      columns={[
        { id: "when", header: t("when"), className: "whitespace-nowrap text-slate-600", cell: (event) => formatInstant(event.at, locale) },
        {
          id: "who",
          header: t("who"),
          cell: (event) =>
            event.user ? (
              <>
                {event.user.name}
                {trail ? <p className="text-xs text-slate-500">{event.user.email}</p> : null}
              </>
            ) : (
              <span className="text-slate-500">{tAll("common.theSystem")}</span>
            ),
        },
        {
          id: "change",
          header: t("change"),
          className: "w-full",
          cell: (event) => (
            <>
              <p>
                <span className="font-medium text-slate-900">{translateMessage(tAll, event.summary)}</span>
                {trail && event.itemId ? (
                  <>
                    {" · "}
                    <Link href={`/items/${event.itemId}/history`} className="text-brand-700 underline underline-offset-2">
                      {t("itemHistory")}
                    </Link>
                  </>
                ) : null}
              </p>
              {trail ? <p className="font-mono text-xs text-slate-500">{event.action}</p> : null}
              <EventChanges before={event.before} after={event.after} />
            </>
          ),
        },
      ]}
    />
  );
}
