import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ItemSummaryList } from "@/components/items/item-summary-list";
import { EmptyState, Section } from "@/components/ui/section";
import { formatDay } from "@/lib/dates";
import { getEconomyProfile } from "@/lib/economies/queries";
import { economyCodeSchema } from "@/lib/economies/schema";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

async function loadProfile(params: PageProps<"/economies/[code]">["params"]) {
  await requirePageUser();
  const code = economyCodeSchema.safeParse((await params).code);
  return code.success ? getEconomyProfile(code.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/economies/[code]">): Promise<Metadata> {
  const profile = await loadProfile(params);
  return { title: profile?.economy.name ?? "Economy not found" };
}

export default async function EconomyPage({ params }: PageProps<"/economies/[code]">) {
  await requirePageUser();
  const profile = await loadProfile(params);
  if (!profile) notFound();
  const { economy, proposed, coSponsored, withdrawn } = profile;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/economies" className="underline-offset-2 hover:underline">Economies</Link> / {economy.code}
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
          {economy.name}
          {economy.shortName ? <span className="font-normal text-slate-500"> ({economy.shortName})</span> : null}
        </h1>
        <p lang="zh-Hant" className="mt-1 text-lg text-slate-600">{economy.nameZh}</p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section
          title="Proposes"
          aside={
            proposed.length > 0 ? (
              <Link href={`/items?proposer=${economy.code}`} className="text-brand-700 underline-offset-2 hover:underline">
                {proposed.length} in the work-plan table
              </Link>
            ) : (
              "0"
            )
          }
        >
          {proposed.length === 0 ? <EmptyState>{economy.name} proposes no item at present.</EmptyState> : <ItemSummaryList items={proposed} />}
        </Section>
        <Section title="Co-sponsors" aside={`${coSponsored.length}`}>
          {coSponsored.length === 0 ? (
            <EmptyState>{economy.name} co-sponsors no item at present.</EmptyState>
          ) : (
            <ItemSummaryList
              items={coSponsored.map((c) => c.item)}
              showProposer
              detail={(item) => {
                const joined = coSponsored.find((c) => c.item.id === item.id)?.joinedOn;
                return joined ? <p className="text-xs text-slate-500">Co-sponsor since {formatDay(joined)}</p> : null;
              }}
            />
          )}
          {withdrawn.length > 0 ? (
            <div className="mt-3 border-t border-slate-100 pt-3">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Withdrawn co-sponsorships</h3>
              <ItemSummaryList items={withdrawn.map((c) => c.item)} showProposer />
            </div>
          ) : null}
        </Section>
      </div>
    </div>
  );
}
