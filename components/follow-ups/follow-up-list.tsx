import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDay } from "@/lib/dates";
import { completeFollowUp, deleteFollowUp, dropFollowUp, editFollowUp, reopenFollowUp } from "@/lib/follow-ups/actions";
import { followUpDueState } from "@/lib/follow-ups/due";
import { followUpToFormValues } from "@/lib/follow-ups/form-values";
import type { FollowUpEntry } from "@/lib/follow-ups/queries";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, meetingName } from "@/lib/i18n/data";
import { formatDue } from "@/lib/milestones/due";
import { ActionButton } from "../forms/action-button";
import type { FieldOption } from "../forms/fields";
import { DUE_TONE } from "../milestones/due-label";
import { Badge } from "../ui/badge";
import { EmptyState } from "../ui/section";
import { EditFollowUpForm } from "./follow-up-form";

interface FollowUpListProps {
  actions: FollowUpEntry[];
  today: string;
  empty: string;
  /** Editing controls for editors; the owners the edit form offers. */
  editing?: { owners: FieldOption[] } | null;
  /** Which links to show: on an item's page its own item goes without saying, and so on. */
  show?: { item?: boolean; meeting?: boolean };
  /** The printed brief: no controls, nothing that only works on screen. */
  print?: boolean;
}

/** Actions with their owner, due date in words, status and where they stand today. */
export async function FollowUpList({ actions, today, empty, editing, show = { item: true, meeting: true }, print = false }: FollowUpListProps) {
  const [t, tDue, locale] = await Promise.all([getTranslations("followUps"), getTranslations("enums.dueState"), getLocale()]);
  if (actions.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100" aria-label={t("listLabel")}>
      {actions.map((action) => {
        const state = followUpDueState(action, today);
        return (
          <li key={action.id} className="py-3" data-testid="follow-up" data-status={action.status}>
            <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
              <div className="min-w-0">
                <p
                  className={`whitespace-pre-wrap text-sm font-medium [overflow-wrap:anywhere] ${action.status === "OPEN" ? "text-slate-900" : "text-slate-500"}`}
                >
                  {action.description}
                </p>
                <p className="mt-0.5 text-xs text-slate-600">
                  {action.owner?.name ?? t("noOwner")}
                  {action.recommendationId !== null ? <> · {t("fromRecommendationMark")}</> : null}
                </p>
                {show.item && action.item ? (
                  <p className="mt-0.5 text-xs text-slate-500">
                    {t("forItem")}{" "}
                    <Link
                      href={`/items/${action.item.id}`}
                      lang={localTitle(action.item, locale as Locale).lang}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {localTitle(action.item, locale as Locale).text}
                    </Link>
                    {action.item.archivedAt ? <> ({t("archived")})</> : null}
                  </p>
                ) : null}
                {show.meeting && action.meeting ? (
                  <p className="mt-0.5 text-xs text-slate-500">
                    {t("atMeeting")}{" "}
                    <Link href={`/meetings/${action.meeting.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {meetingName(action.meeting, locale as Locale)}
                    </Link>
                  </p>
                ) : null}
              </div>
              <div className="flex shrink-0 flex-col gap-1 sm:items-end">
                <span className="inline-flex flex-wrap items-center gap-2">
                  <span className="text-sm text-slate-700" data-testid="follow-up-due">
                    {formatDue({ ...action, anchor: null }, locale as Locale)}
                  </span>
                  {state === "overdue" || state === "due-soon" ? <Badge tone={DUE_TONE[state]}>{tDue(state)}</Badge> : null}
                  <Badge tone={action.status === "OPEN" ? "info" : action.status === "DONE" ? "success" : "neutral"}>{t(`statusName.${action.status}`)}</Badge>
                </span>
                {action.completedOn ? (
                  <span className="text-xs text-slate-500">{t("completedOn", { date: formatDay(action.completedOn, locale as Locale) })}</span>
                ) : null}
              </div>
            </div>
            {editing && !print ? <Controls action={action} owners={editing.owners} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

async function Controls({ action, owners }: { action: FollowUpEntry; owners: FieldOption[] }) {
  const t = await getTranslations("followUps");
  const fields = { id: action.id, version: action.version };
  const description = action.description.length > 80 ? `${action.description.slice(0, 79)}…` : action.description;
  // The owner may since have been deactivated: the form still shows them, so an unrelated edit does not move the action.
  const choices =
    action.owner && !owners.some((owner) => owner.value === String(action.owner!.id))
      ? [...owners, { value: String(action.owner.id), label: action.owner.name }]
      : owners;
  const frozen = action.item?.archivedAt != null;
  return (
    <div className="mt-2 flex flex-wrap items-start gap-2 print:hidden">
      {action.status === "OPEN" ? (
        <>
          <ActionButton size="sm" action={completeFollowUp} fields={fields} label={t("completeLabel", { description })}>
            {t("complete")}
          </ActionButton>
          <ActionButton size="sm" action={dropFollowUp} fields={fields} label={t("dropLabel", { description })}>
            {t("drop")}
          </ActionButton>
        </>
      ) : frozen ? null : (
        <ActionButton size="sm" action={reopenFollowUp} fields={fields} label={t("reopenLabel", { description })}>
          {t("reopen")}
        </ActionButton>
      )}
      <details className="w-full text-sm">
        <summary className="cursor-pointer text-xs font-medium text-brand-700">{t("edit")}</summary>
        <div className="mt-3">
          {frozen ? null : (
            <EditFollowUpForm action={editFollowUp} record={fields} owners={choices} initial={followUpToFormValues(action)} submitLabel={t("save")} />
          )}
          <div className={frozen ? "" : "mt-3 border-t border-slate-100 pt-3"}>
            <ActionButton action={deleteFollowUp} fields={fields} tone="danger" confirm={t("confirmRemove", { description })}>
              {t("remove")}
            </ActionButton>
          </div>
        </div>
      </details>
    </div>
  );
}
