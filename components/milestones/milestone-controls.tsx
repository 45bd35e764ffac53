import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { milestoneTitle } from "@/lib/i18n/data";
import { completeMilestone, deleteMilestone, editMilestone, moveMilestone } from "@/lib/milestones/actions";
import type { StoredDue } from "@/lib/milestones/due";
import { milestoneToFormValues } from "@/lib/milestones/form-values";
import { ActionButton } from "../forms/action-button";
import type { FieldOption } from "../forms/fields";
import { MilestoneForm } from "./milestone-form";

interface EditableMilestone extends StoredDue {
  id: number;
  version: number;
  title: string;
  titleZh: string | null;
  status: "PLANNED" | "DONE" | "LATE" | "CANCELLED";
  completedOn: string | null;
  note: string | null;
}

/** What an editor can do to one milestone; every control is a form, so it works without JavaScript. */
interface MilestoneControlsProps {
  milestone: EditableMilestone;
  /** The neighbours in display order that share this milestone's date, if any: the ones it can swap with. */
  before?: { id: number };
  after?: { id: number };
  statuses: FieldOption[];
}

export function MilestoneControls({ milestone, before, after, statuses }: MilestoneControlsProps) {
  const t = useTranslations("milestoneForm");
  const title = milestoneTitle(milestone, useLocale() as Locale);
  const open = milestone.status === "PLANNED" || milestone.status === "LATE";
  return (
    <div className="flex flex-wrap items-start gap-2">
      {open ? (
        <ActionButton size="sm" action={completeMilestone} fields={{ id: milestone.id, version: milestone.version }} label={t("markDoneLabel", { title })}>
          {t("markDone")}
        </ActionButton>
      ) : null}
      {before ? (
        <ActionButton size="sm" action={moveMilestone} fields={{ id: milestone.id, otherId: before.id }} label={t("upLabel", { title })}>
          {t("up")}
        </ActionButton>
      ) : null}
      {after ? (
        <ActionButton size="sm" action={moveMilestone} fields={{ id: milestone.id, otherId: after.id }} label={t("downLabel", { title })}>
          {t("down")}
        </ActionButton>
      ) : null}
      <details className="w-full text-sm">
        <summary className="cursor-pointer text-xs font-medium text-brand-700">{t("editThis")}</summary>
        <div className="mt-3">
          <MilestoneForm
            action={editMilestone}
            hidden={{ id: milestone.id, version: milestone.version, original: JSON.stringify(milestoneToFormValues(milestone)) }}
            initial={milestoneToFormValues(milestone)}
            statuses={statuses}
            submitLabel={t("save")}
          />
          <div className="mt-3 border-t border-slate-100 pt-3">
            <ActionButton
              action={deleteMilestone}
              fields={{ id: milestone.id, version: milestone.version }}
              tone="danger"
              confirm={t("confirmRemove", { title })}
            >
              {t("remove")}
            </ActionButton>
          </div>
        </div>
      </details>
    </div>
  );
}
