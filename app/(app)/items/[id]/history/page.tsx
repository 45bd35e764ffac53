import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventChanges } from "@/components/audit/event-changes";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/session";
import { itemHistory } from "@/lib/audit/queries";
import { db } from "@/lib/db";
import { ITEM_FIELD_LABELS, itemIdSchema } from "@/lib/items/schema";
import { MILESTONE_FORM_LABELS } from "@/lib/milestones/form-values";
import { formatInstant } from "@/lib/today";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Item history" };

const LABELS: Record<string, string> = { ...MILESTONE_FORM_LABELS, ...ITEM_FIELD_LABELS };

export default async function ItemHistoryPage({ params }: PageProps<"/items/[id]/history">) {
  await requirePageUser();
  const id = itemIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [item, events] = await Promise.all([
    db.item.findUnique({ where: { id: id.data }, select: { id: true, titleEn: true } }),
    itemHistory(id.data),
  ]);
  if (!item && events.length === 0) notFound();

  return (
    <>
      <PageHeader
        title="History"
        subtitle={item ? <Link href={`/items/${item.id}`} className="text-brand-700 underline-offset-2 hover:underline">{item.titleEn}</Link> : "A deleted item"}
      />
      <div className="rounded-lg border border-slate-200 bg-white px-4">
        {events.length === 0 ? (
          <EmptyState>No change has been recorded since this item was loaded from the report.</EmptyState>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label="Changes, newest first">
            {events.map((event) => (
              <li key={event.id} className="py-3" data-testid="history-event">
                <p className="text-sm text-slate-900">
                  <span className="font-medium">{event.summary}</span>
                </p>
                <p className="text-xs text-slate-500">
                  {formatInstant(event.at)} · {event.user ? event.user.name : "the system"}
                </p>
                <EventChanges before={event.before} after={event.after} labels={LABELS} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
