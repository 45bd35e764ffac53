import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { milestoneTitle } from "@/lib/i18n/data";
import type { AgendaMilestone } from "@/lib/milestones/queries";
import { EconomyLink } from "../economies/economy-link";
import { ItemTitle } from "../items/item-title";
import { EmptyState } from "../ui/section";
import { DueLabel } from "./due-label";

export function AgendaList({ milestones, today, empty }: { milestones: AgendaMilestone[]; today: string; empty: string }) {
  const t = useTranslations("overview");
  const locale = useLocale() as Locale;
  if (milestones.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {milestones.map((milestone) => (
        <li key={milestone.id} className="grid gap-1 py-3 sm:grid-cols-[1fr_auto] sm:gap-6" data-testid="agenda-milestone">
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-900">{milestoneTitle(milestone, locale)}</p>
            <div className="mt-0.5 text-sm">
              <ItemTitle item={milestone.item} />
            </div>
            <p className="mt-0.5 text-xs text-slate-500">
              {t("proposedBy", { year: milestone.item.year })} <EconomyLink economy={milestone.item.proposer} />
            </p>
          </div>
          <div className="sm:text-right">
            <DueLabel milestone={milestone} today={today} />
          </div>
        </li>
      ))}
    </ul>
  );
}
