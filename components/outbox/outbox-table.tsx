import { useLocale, useTranslations } from "next-intl";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";
import { retryOutboxMessage } from "@/lib/mail/actions";
import type { OutboxRow } from "@/lib/mail/queries";
import { formatInstant } from "@/lib/today";
import { ColumnTable } from "../data-table/column-table";

const KIND_LABEL: Record<string, string> = { digest: "kindDigest", "view-digest": "kindViewDigest" };

/** Where a message stands, and the retry an administrator may ask for. */
function MessageState({ row, now }: { row: OutboxRow; now: Date }) {
  const t = useTranslations("outbox");
  const locale = useLocale() as Locale;
  const when = (instant: Date) => formatInstant(instant, locale);
  if (row.status === "SENT") return <Badge tone="success">{t("sentAt", { when: when(row.sentAt ?? row.nextAttemptAt) })}</Badge>;
  if (row.inFlight) return <Badge tone="info">{t("inFlight")}</Badge>;
  const failed = row.status === "FAILED";
  const waiting = !failed && row.nextAttemptAt > now;
  return (
    <div className="flex flex-col items-start gap-1">
      {failed ? (
        <Badge tone="danger">{t("failed")}</Badge>
      ) : waiting ? (
        <Badge tone="warning">{t("waitsUntil", { when: when(row.nextAttemptAt) })}</Badge>
      ) : (
        <Badge tone="neutral">{t("dueNow")}</Badge>
      )}
      {failed || waiting ? (
        <ActionButton action={retryOutboxMessage} fields={{ id: row.id }} size="sm" label={t(failed ? "retryLabel" : "retryNowLabel", { to: row.toAddress })}>
          {t(failed ? "retry" : "retryNow")}
        </ActionButton>
      ) : null}
    </div>
  );
}

/** The outbox's messages, newest first: to whom, what, where each stands and the server's last answer. */
export function OutboxTable({ rows, now, caption }: { rows: OutboxRow[]; now: Date; caption: string }) {
  const t = useTranslations("outbox");
  const tAll = useTranslations();
  const locale = useLocale() as Locale;
  return (
    <ColumnTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      rowData={(row) => ({ "data-testid": "outbox-message", "data-status": row.status })}
      columns={[
        {
          id: "queued",
          header: t("queued"),
          cell: (row) => (
            <>
              <span className="whitespace-nowrap">{formatInstant(row.createdAt, locale)}</span>
              <span className="block text-xs text-slate-500">{KIND_LABEL[row.kind] ? t(KIND_LABEL[row.kind]!) : row.kind}</span>
            </>
          ),
        },
        { id: "to", header: t("to"), cell: (row) => row.toAddress },
        {
          id: "subject",
          header: t("subject"),
          rowHeader: true,
          className: "font-normal text-left",
          cell: (row) => (
            <>
              {row.subject}
              <span className="block break-all text-xs text-slate-500">{row.messageId}</span>
            </>
          ),
        },
        { id: "state", header: t("state"), className: "whitespace-nowrap", cell: (row) => <MessageState row={row} now={now} /> },
        { id: "attempts", header: <span className="whitespace-nowrap">{t("attempts")}</span>, numeric: true, cell: (row) => row.attempts },
        {
          id: "answer",
          header: t("lastResponse"),
          className: "max-w-xs",
          cell: (row) => (row.lastResponse ? <span className="break-words font-mono text-xs">{translateMessage(tAll, row.lastResponse)}</span> : null),
        },
      ]}
    />
  );
}
