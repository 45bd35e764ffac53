import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkEditBar } from "@/components/items/bulk-edit-bar";
import { ItemsTable } from "@/components/items/items-table";
import { ExportLinks } from "@/components/items/export-links";
import { ProposerFilter } from "@/components/items/proposer-filter";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { findEconomy, listEconomies } from "@/lib/economies/queries";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import { translateMessage } from "@/lib/i18n/message";
import { listItems } from "@/lib/items/queries";
import { itemFiltersSchema } from "@/lib/items/schema";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
const STATUSES = ["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("items"))("title") };
}

export default async function ItemsPage({ searchParams }: PageProps<"/items">) {
  const user = await requirePageUser();
  const [t, tAll, te, ts, locale] = await Promise.all([getTranslations("items"), getTranslations(), getTranslations("errors"), getTranslations("enums.itemStatus"), getLocale()]);
  const canEdit = hasRole(user.role, "EDITOR");
  const raw = await searchParams;
  // The filter form sends empty fields too; the link an officer copies names only what is set.
  const empty = Object.entries(raw).filter(([, value]) => value === "");
  if (empty.length > 0) {
    const kept = Object.entries(raw).filter(([, value]) => typeof value === "string" && value !== "") as [string, string][];
    redirect((kept.length ? `/items?${new URLSearchParams(kept)}` : "/items") as never);
  }
  const economies = await listEconomies();
  const parsed = itemFiltersSchema.safeParse(raw);

  if (!parsed.success) {
    return (
      <>
        <PageHeader title={t("title")} />
        <Notice title={te("linkFilterUnreadable")}>
          <ul className="list-disc pl-5">
            {parsed.error.issues.map((issue) => (
              <li key={`${issue.path.join(".")}-${issue.message}`}>{translateMessage(tAll, issue.message)}</li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/items" className="font-medium underline">{te("showEveryItem")}</Link>
          </p>
        </Notice>
      </>
    );
  }

  const { proposer, coSponsor } = parsed.data;
  const [economy, backer] = await Promise.all([proposer ? findEconomy(proposer) : null, coSponsor ? findEconomy(coSponsor) : null]);
  const unknown = (proposer && !economy ? proposer : null) ?? (coSponsor && !backer ? coSponsor : null);
  if (unknown) {
    return (
      <>
        <PageHeader title={t("title")} />
        <div className="mb-4">
          <ProposerFilter economies={economies} />
        </div>
        <Notice title={t("unknownEconomy", { code: unknown })}>
          {t("unknownEconomyBody")} <Link href="/items" className="font-medium underline">{te("showEveryItem")}</Link>.
        </Notice>
      </>
    );
  }

  const rows = await listItems(parsed.data);
  const name = economy ? economyName(economy, locale as Locale) : "";
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        <div className="flex flex-wrap items-end gap-3">
          <ProposerFilter economies={economies} selected={economy?.code} query={parsed.data.q} />
          {canEdit ? (
            <Link href="/items/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
              {t("newItem")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {canEdit && rows.length > 0 ? (
        <BulkEditBar
          statuses={STATUSES.map((value) => ({ value, label: ts(value) }))}
          economies={economies.map((e) => ({ value: e.code, label: economyName(e, locale as Locale) }))}
        />
      ) : null}
      {rows.length > 0 ? <ExportLinks filters={parsed.data} /> : null}
      <p className="mb-3 text-sm text-slate-600" role="status" data-testid="row-count">
        {backer
          ? economy || parsed.data.q
            ? t("countFiltered", { count: rows.length })
            : t("countCoSponsor", { count: rows.length, economy: economyName(backer, locale as Locale) })
          : parsed.data.q
            ? economy
              ? t("countProposerSearch", { count: rows.length, economy: name, q: parsed.data.q })
              : t("countSearch", { count: rows.length, q: parsed.data.q })
            : economy
              ? t("countProposer", { count: rows.length, economy: name })
              : t("countAll", { count: rows.length })}
        {economy || backer || parsed.data.q ? (
          <>
            {" · "}
            <Link href="/items" className="text-brand-700 underline underline-offset-2">{t("clearFilter")}</Link>
          </>
        ) : null}
      </p>
      {rows.length > 0 ? (
        <ItemsTable
          rows={rows}
          today={officeToday()}
          caption={economy ? t("captionProposer", { economy: name }) : t("captionAll")}
          selectable={canEdit}
        />
      ) : parsed.data.q || backer ? (
        <Notice tone="info" title={t("noMatch")} />
      ) : economy ? (
        <Notice tone="info" title={t("proposesNothing", { economy: name })}>
          <Link href={`/economies/${economy.code}`} className="underline">{t("seeCoSponsored")}</Link>.
        </Notice>
      ) : (
        <Notice tone="info" title={t("empty")} />
      )}
    </>
  );
}
