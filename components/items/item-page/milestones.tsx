import { getTranslations } from "next-intl/server";
import { MilestoneControls } from "@/components/milestones/milestone-controls";
import { MilestoneForm } from "@/components/milestones/milestone-form";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { Section } from "@/components/ui/section";
import { addMilestone } from "@/lib/milestones/actions";
import { shareDate } from "@/lib/milestones/order";
import type { ItemSectionProps } from "./types";

/** The item's milestones in time order, with an editor's controls and the form to add one. */
export async function ItemMilestones({ item, canEdit, today }: ItemSectionProps & { today: string }) {
  const [t, tms] = await Promise.all([getTranslations("item"), getTranslations("enums.milestoneStatus")]);
  const statuses = (["PLANNED", "DONE", "LATE", "CANCELLED"] as const).map((value) => ({ value, label: tms(value) }));
  return (
    <Section title={t("milestones")} aside={t("milestonesCount", { count: item.milestones.length })}>
      <MilestoneList
        milestones={item.milestones}
        today={today}
        // Only an item that came with the report can say what the report names; one made in the app never had a report line.
        empty={item.seedKey ? t("noMilestoneInReport") : canEdit ? t("noMilestoneYetAdd") : t("noMilestoneYet")}
        controls={
          canEdit
            ? (milestone, index) => {
                const previous = item.milestones[index - 1];
                const next = item.milestones[index + 1];
                return (
                  <MilestoneControls
                    milestone={milestone}
                    before={previous && shareDate(previous, milestone) ? previous : undefined}
                    after={next && shareDate(next, milestone) ? next : undefined}
                    statuses={statuses}
                  />
                );
              }
            : undefined
        }
      />
      {canEdit ? (
        <details className="mt-3 rounded-md border border-slate-200 px-3 py-2 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{t("addMilestone")}</summary>
          <div className="mt-3">
            <MilestoneForm action={addMilestone} hidden={{ itemId: item.id }} statuses={statuses} submitLabel={t("addMilestone")} />
          </div>
        </details>
      ) : null}
    </Section>
  );
}
