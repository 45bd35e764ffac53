import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ActionButton } from "../forms/action-button";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

interface RecordControlsProps {
  /** What the record is called, for the buttons' labels and the confirmation. */
  what: string;
  move: Action;
  remove: Action;
  /** What the removal posts: the id, and the version where the record has one. */
  removeFields: Record<string, string | number>;
  removeLabel: string;
  confirmRemove: string;
  first: boolean;
  last: boolean;
  editLabel: string;
  /** The edit form, folded away until asked for. */
  children: ReactNode;
}

/** An editor's controls for one record of the meeting; each is a form, so all work without JavaScript. */
export async function RecordControls({ what, move, remove, removeFields, removeLabel, confirmRemove, first, last, editLabel, children }: RecordControlsProps) {
  const t = await getTranslations("meetingRecords.actions");
  const id = removeFields.id!;
  return (
    <div className="mt-2 flex flex-wrap items-start gap-2">
      {first ? null : (
        <ActionButton size="sm" action={move} fields={{ id, direction: "up" }} label={t("upLabel", { what })}>
          {t("up")}
        </ActionButton>
      )}
      {last ? null : (
        <ActionButton size="sm" action={move} fields={{ id, direction: "down" }} label={t("downLabel", { what })}>
          {t("down")}
        </ActionButton>
      )}
      <details className="w-full text-sm">
        <summary className="cursor-pointer text-xs font-medium text-brand-700">{editLabel}</summary>
        <div className="mt-3">
          {children}
          <div className="mt-3 border-t border-slate-100 pt-3">
            <ActionButton action={remove} fields={removeFields} tone="danger" confirm={confirmRemove}>
              {removeLabel}
            </ActionButton>
          </div>
        </div>
      </details>
    </div>
  );
}
