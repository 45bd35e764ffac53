import type { Metadata } from "next";
import Link from "next/link";
import { ItemsTable } from "@/components/items/items-table";
import { ProposerFilter } from "@/components/items/proposer-filter";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { findEconomy, listEconomies } from "@/lib/economies/queries";
import { listItems } from "@/lib/items/queries";
import { itemFiltersSchema } from "@/lib/items/schema";
import { BulkEditBar } from "@/components/items/bulk-edit-bar";
import { hasRole } from "@/lib/auth/roles";
import { economyLabel, ITEM_STATUS_LABEL } from "@/lib/labels";
import { officeToday } from "@/lib/today";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Work plan" };

export default async function ItemsPage({ searchParams }: PageProps<"/items">) {
  const user = await requirePageUser();
  const canEdit = hasRole(user.role, "EDITOR");
  const economies = await listEconomies();
  const parsed = itemFiltersSchema.safeParse(await searchParams);

  if (!parsed.success) {
    return (
      <>
        <PageHeader title="Work plan" />
        <Notice title="This link's filter could not be read">
          <ul className="list-disc pl-5">
            {parsed.error.issues.map((issue) => (
              <li key={`${issue.path.join(".")}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/items" className="font-medium underline">Show every item</Link>
          </p>
        </Notice>
      </>
    );
  }

  const { proposer } = parsed.data;
  const economy = proposer ? await findEconomy(proposer) : null;
  if (proposer && !economy) {
    return (
      <>
        <PageHeader title="Work plan" />
        <div className="mb-4">
          <ProposerFilter economies={economies} />
        </div>
        <Notice title={`No APEC economy has the code "${proposer}"`}>
          Choose an economy from the list, or <Link href="/items" className="font-medium underline">show every item</Link>.
        </Notice>
      </>
    );
  }

  const rows = await listItems(parsed.data);
  const scope = economy ? `proposed by ${economyLabel(economy)}` : "in the work plan";
  return (
    <>
      <PageHeader title="Work plan" subtitle="Initiatives, APEC-funded and self-funded projects of the Sub-Committee on Customs Procedures.">
        <div className="flex flex-wrap items-end gap-3">
          <ProposerFilter economies={economies} selected={economy?.code} />
          {canEdit ? (
            <Link href="/items/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
              New item
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {canEdit && rows.length > 0 ? (
        <BulkEditBar
          statuses={Object.entries(ITEM_STATUS_LABEL).map(([value, label]) => ({ value, label }))}
          economies={economies.map((e) => ({ value: e.code, label: economyLabel(e) }))}
        />
      ) : null}
      <p className="mb-3 text-sm text-slate-600" role="status" data-testid="row-count">
        {rows.length === 1 ? "1 item" : `${rows.length} items`} {scope}
        {economy ? (
          <>
            {" · "}
            <Link href="/items" className="text-brand-700 underline-offset-2 hover:underline">Clear filter</Link>
          </>
        ) : null}
      </p>
      {rows.length > 0 ? (
        <ItemsTable rows={rows} today={officeToday()} caption={`Work-plan items ${scope}`} selectable={canEdit} />
      ) : economy ? (
        <Notice tone="info" title={`${economyLabel(economy)} proposes no item at present.`}>
          <Link href={`/economies/${economy.code}`} className="underline">See what it co-sponsors</Link>.
        </Notice>
      ) : (
        <Notice tone="info" title="The work plan has no items yet." />
      )}
    </>
  );
}
