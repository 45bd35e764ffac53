import type { Metadata } from "next";
import Link from "next/link";
import { EventChanges } from "@/components/audit/event-changes";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/audit/queries";
import { AUDIT_ENTITIES, auditFiltersSchema } from "@/lib/audit/schema";
import { formatInstant } from "@/lib/today";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit trail" };

const ENTITY_LABEL: Record<(typeof AUDIT_ENTITIES)[number], string> = {
  Item: "Items",
  CoSponsorship: "Co-sponsors",
  Milestone: "Milestones",
  Meeting: "Meetings",
  MeetingItem: "Meeting reports",
  User: "Users",
};

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePageUser({ role: "ADMIN" });
  const raw = await searchParams;
  const parsed = auditFiltersSchema.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v])));
  if (!parsed.success) {
    return (
      <>
        <PageHeader title="Audit trail" />
        <Notice title="This link's filter could not be read">
          <ul className="list-disc pl-5">
            {parsed.error.issues.map((issue) => (
              <li key={`${issue.path.join(".")}${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
          <Link href="/admin/audit" className="mt-2 inline-block font-medium underline">Show every event</Link>
        </Notice>
      </>
    );
  }
  const filters = parsed.data;
  const { events, total, page, pageSize, users } = await listAuditEvents(filters);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (n: number) => {
    const query = new URLSearchParams(Object.entries({ ...filters, page: n }).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)]));
    return `/admin/audit?${query}`;
  };

  return (
    <>
      <PageHeader title="Audit trail" subtitle="Every change: who made it, when, and each field before and after." />
      <form action="/admin/audit" method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Who</span>
          <select name="user" defaultValue={filters.user ?? ""} className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>{u.name} ({u.email})</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">What</span>
          <select name="entity" defaultValue={filters.entity ?? ""} className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">Anything</option>
            {AUDIT_ENTITIES.map((entity) => (
              <option key={entity} value={entity}>{ENTITY_LABEL[entity]}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">From</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} className="rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">To</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} className="rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium">Apply</button>
        <Link href="/admin/audit" className="py-1.5 text-brand-700 underline-offset-2 hover:underline">Clear</Link>
      </form>
      <p className="mb-2 text-sm text-slate-600" role="status">
        {total === 1 ? "1 event" : `${total} events`}
        {pages > 1 ? ` · page ${page} of ${pages}` : ""}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white px-4">
        {events.length === 0 ? (
          <EmptyState>No event matches.</EmptyState>
        ) : (
          <ol className="divide-y divide-slate-100">
            {events.map((event) => (
              <li key={event.id} className="py-3" data-testid="audit-event">
                <p className="text-sm">
                  <span className="font-medium text-slate-900">{event.summary}</span>
                  {event.itemId ? (
                    <>
                      {" · "}
                      <Link href={`/items/${event.itemId}/history`} className="text-brand-700 underline-offset-2 hover:underline">item history</Link>
                    </>
                  ) : null}
                </p>
                <p className="text-xs text-slate-500">
                  {formatInstant(event.at)} · {event.user ? `${event.user.name} (${event.user.email})` : "the system"} · {event.action}
                </p>
                <EventChanges before={event.before} after={event.after} />
              </li>
            ))}
          </ol>
        )}
      </div>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-3 flex gap-3 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1) as never} className="text-brand-700 underline">Newer</Link> : null}
          {page < pages ? <Link href={pageHref(page + 1) as never} className="text-brand-700 underline">Older</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
