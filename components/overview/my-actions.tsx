import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { FollowUpEntry } from "@/lib/follow-ups/queries";
import { FollowUpList } from "../follow-ups/follow-up-list";
import { Section } from "../ui/section";

/** The officer's own open actions that are overdue or fall due within `days`, with the way to the rest. */
export async function MyActionsDue({ actions, today, days }: { actions: FollowUpEntry[]; today: string; days: number }) {
  const t = await getTranslations("followUps.overview");
  return (
    <Section title={t("title")} id="my-actions" aside={`${actions.length}`}>
      <FollowUpList actions={actions} today={today} empty={t("empty", { days })} />
      <Link href="/actions" className="mt-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">
        {t("seeAll")}
      </Link>
    </Section>
  );
}

/** Overdue actions, under the overdue milestones: they count in the same figure. */
export async function OverdueActions({ actions, total, today }: { actions: FollowUpEntry[]; total: number; today: string }) {
  const t = await getTranslations("followUps.overview");
  if (total === 0) return null;
  return (
    <div className="mt-3 border-t border-slate-100 pt-3" data-testid="overdue-actions">
      <h3 className="text-sm font-semibold text-slate-800">
        {t("overdueActions")} <span className="font-normal text-slate-500">({total})</span>
      </h3>
      <FollowUpList actions={actions} today={today} empty="" />
      {total > actions.length ? (
        <Link href="/actions?owner=all&status=open" className="mt-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">
          {t("seeOverdue")}
        </Link>
      ) : null}
    </div>
  );
}
