import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ColumnTable } from "@/components/data-table/column-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listEconomiesWithCounts } from "@/lib/economies/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("economies") };
}

export default async function EconomiesPage() {
  await requirePageUser();
  const [economies, t, locale] = await Promise.all([listEconomiesWithCounts(), getTranslations("economies"), getLocale()]);
  const zh = locale === "zh-TW";
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ColumnTable
        caption={t("caption")}
        testId="economies-table"
        rowKeys
        rows={economies}
        rowKey={(economy) => economy.code}
        columns={[
          {
            id: "economy",
            header: t("economy"),
            cell: (economy) => (
              <>
                <Link href={`/economies/${economy.code}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {zh ? economy.nameZh : economy.name}
                </Link>
                {!zh && economy.shortName ? <span className="text-slate-500"> ({economy.shortName})</span> : null}
              </>
            ),
          },
          {
            id: "otherName",
            header: t("otherName"),
            cell: (economy) => <span lang={zh ? "en" : "zh-Hant-TW"}>{zh ? economy.name : economy.nameZh}</span>,
            className: "text-slate-700",
          },
          { id: "code", header: t("code"), cell: (economy) => economy.code, className: "font-mono text-xs text-slate-600" },
          {
            id: "proposes",
            header: t("proposes"),
            numeric: true,
            cell: (economy) =>
              economy.proposes > 0 ? (
                <Link href={`/items?proposer=${economy.code}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {economy.proposes}
                </Link>
              ) : (
                <span className="text-slate-500">0</span>
              ),
          },
          {
            id: "coSponsors",
            header: t("coSponsors"),
            numeric: true,
            cell: (economy) => (economy.coSponsors > 0 ? economy.coSponsors : <span className="text-slate-500">0</span>),
          },
        ]}
      />
    </>
  );
}
