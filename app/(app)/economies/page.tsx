import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
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
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2.5 font-semibold">
                {t("economy")}
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                {t("otherName")}
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                {t("code")}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right font-semibold">
                {t("proposes")}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right font-semibold">
                {t("coSponsors")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {economies.map((economy) => (
              <tr key={economy.code} className="hover:bg-slate-50/60">
                <td className="px-4 py-2.5">
                  <Link href={`/economies/${economy.code}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {zh ? economy.nameZh : economy.name}
                  </Link>
                  {!zh && economy.shortName ? <span className="text-slate-500"> ({economy.shortName})</span> : null}
                </td>
                <td lang={zh ? "en" : "zh-Hant-TW"} className="px-3 py-2.5 text-slate-700">
                  {zh ? economy.name : economy.nameZh}
                </td>
                <td className="px-3 py-2.5 font-mono text-xs text-slate-600">{economy.code}</td>
                <td className="px-3 py-2.5 text-right tabular-nums">
                  {economy.proposes > 0 ? (
                    <Link href={`/items?proposer=${economy.code}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {economy.proposes}
                    </Link>
                  ) : (
                    <span className="text-slate-500">0</span>
                  )}
                </td>
                <td className="px-3 py-2.5 text-right tabular-nums">
                  {economy.coSponsors > 0 ? economy.coSponsors : <span className="text-slate-500">0</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
