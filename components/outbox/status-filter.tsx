import { useTranslations } from "next-intl";
import Link from "next/link";
import type { OutboxStatus } from "@/lib/db/generated/enums";
import { OUTBOX_STATUSES } from "@/lib/mail/schema";

/** All messages, or those of one status, each with its count; links, so a view can be sent on. */
export function StatusFilter({ current, counts }: { current: OutboxStatus | undefined; counts: Record<OutboxStatus, number> }) {
  const t = useTranslations("outbox");
  const all = OUTBOX_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const choices = [
    { status: undefined, label: t("all", { count: all }) },
    ...OUTBOX_STATUSES.map((status) => ({ status, label: t(`filter.${status}`, { count: counts[status] }) })),
  ];
  return (
    <nav aria-label={t("statusFilter")} className="mb-3 flex flex-wrap gap-2 text-sm">
      {choices.map(({ status, label }) => (
        <Link
          key={status ?? "all"}
          href={(status ? `/admin/outbox?status=${status}` : "/admin/outbox") as never}
          aria-current={current === status ? "page" : undefined}
          className={`rounded-md border px-3 py-1.5 font-medium ${
            current === status ? "border-brand-700 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
          }`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
