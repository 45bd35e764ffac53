import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { listEconomiesWithCounts } from "@/lib/economies/queries";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Economies" };

export default async function EconomiesPage() {
  await requirePageUser();
  const economies = await listEconomiesWithCounts();
  return (
    <>
      <PageHeader title="Member economies" subtitle="The 21 APEC member economies, in APEC's order, with what each proposes and co-sponsors." />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">APEC member economies</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2.5 font-semibold">Economy</th>
              <th scope="col" className="px-3 py-2.5 font-semibold">Chinese name</th>
              <th scope="col" className="px-3 py-2.5 font-semibold">Code</th>
              <th scope="col" className="px-3 py-2.5 text-right font-semibold">Proposes</th>
              <th scope="col" className="px-3 py-2.5 text-right font-semibold">Co-sponsors</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {economies.map((economy) => (
              <tr key={economy.code} className="hover:bg-slate-50/60">
                <td className="px-4 py-2.5">
                  <Link href={`/economies/${economy.code}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {economy.name}
                  </Link>
                  {economy.shortName ? <span className="text-slate-500"> ({economy.shortName})</span> : null}
                </td>
                <td lang="zh-Hant" className="px-3 py-2.5 text-slate-700">{economy.nameZh}</td>
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
