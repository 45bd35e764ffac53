import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState, Section } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import type { PositionStance } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import { clearPosition } from "@/lib/positions/actions";
import { positionView } from "@/lib/positions/queries";
import { positionToFormValues, STANCES } from "@/lib/positions/schema";
import { coSponsorshipNote, deadlineState } from "@/lib/positions/status";
import { formatInstant, officeToday } from "@/lib/today";
import { PositionForm } from "./position-form";

const STANCE_TONES: Record<PositionStance, BadgeTone> = {
  CONSIDERING: "info",
  WILL_COSPONSOR: "success",
  DECLINED: "neutral",
  NOT_RELEVANT: "muted",
};

/**
 * Our economy's position on one item, for the item page: what the office decided or is still
 * deciding, by when, who decided, and how it sits with the co-sponsorship the work plan records.
 * Editors record, change or clear it here.
 */
export async function ItemPositionPanel({ itemId, canEdit }: { itemId: number; canEdit: boolean }) {
  const [t, localeTag, view, user] = await Promise.all([getTranslations("positions"), getLocale(), positionView(itemId), getCurrentUser()]);
  if (!view) return null;
  const locale = localeTag as Locale;
  const { economy, position, coSponsorship, ownProposal } = view;
  const day = (value: string) => formatDay(value, locale);

  if (!economy) {
    return (
      <Section title={t("title")}>
        <EmptyState>{t("noEconomy")}</EmptyState>
        {user && hasRole(user.role, "ADMIN") ? (
          <Link href="/admin/settings" className="text-sm font-medium text-brand-800 underline">
            {t("setEconomy")}
          </Link>
        ) : null}
      </Section>
    );
  }

  const name = economyName(economy, locale);
  const editable = canEdit && !view.item.archivedAt && !ownProposal;
  const deadline = position ? deadlineState(position, officeToday()) : null;
  const note = coSponsorshipNote(position?.stance ?? null, coSponsorship);
  const form = (
    <PositionForm
      itemId={itemId}
      version={position?.version ?? 0}
      initial={positionToFormValues(position)}
      stances={STANCES.map((stance) => ({ value: stance, label: t(`stance.${stance}`) }))}
    />
  );
  return (
    <Section title={t("title")} aside={name}>
      <div className="flex flex-col gap-3 text-sm" data-testid="item-position">
        {ownProposal ? <p className="text-slate-600">{t("ownProposal", { economy: name })}</p> : null}
        {position ? (
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5">
            <dt className="text-slate-500">{t("stanceLabel")}</dt>
            <dd data-testid="position-stance">
              <Badge tone={STANCE_TONES[position.stance]}>{t(`stance.${position.stance}`)}</Badge>
            </dd>
            {position.deadline ? (
              <>
                <dt className="text-slate-500">{t("deadline")}</dt>
                <dd className="flex flex-wrap items-center gap-2">
                  <span className={deadline === "overdue" ? "font-medium text-rose-800" : undefined}>{day(position.deadline)}</span>
                  {deadline === "overdue" ? (
                    <Badge tone="danger">{t("overdue")}</Badge>
                  ) : deadline === "today" ? (
                    <Badge tone="warning">{t("dueToday")}</Badge>
                  ) : null}
                </dd>
              </>
            ) : null}
            {position.decidedBy ? (
              <>
                <dt className="text-slate-500">{t("decidedBy")}</dt>
                <dd>{position.decidedBy}</dd>
              </>
            ) : null}
            {position.note ? (
              <>
                <dt className="text-slate-500">{t("note")}</dt>
                <dd className="whitespace-pre-wrap">{position.note}</dd>
              </>
            ) : null}
            <dt className="text-slate-500">{t("lastChange")}</dt>
            <dd className="text-slate-600">
              {position.updatedBy
                ? t("changedBy", { name: position.updatedBy.name, when: formatInstant(position.updatedAt, locale) })
                : formatInstant(position.updatedAt, locale)}
            </dd>
          </dl>
        ) : ownProposal ? null : (
          <EmptyState>{t("noPosition")}</EmptyState>
        )}
        {note ? (
          <p className={note.kind === "backsDespite" || note.kind === "notYet" ? "text-amber-900" : "text-slate-600"} data-testid="position-co-sponsorship">
            {note.kind === "backs"
              ? note.since
                ? t("backsSince", { economy: name, date: day(note.since) })
                : t("backs", { economy: name })
              : note.kind === "backsDespite"
                ? t("backsDespite", { economy: name })
                : note.kind === "withdrew"
                  ? t("withdrew", { economy: name, date: day(note.on) })
                  : t("notYet", { economy: name })}
          </p>
        ) : null}
        {editable ? (
          // A recorded position is read more often than changed: its form waits behind a disclosure.
          position ? (
            <details className="border-t border-slate-100 pt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("change")}</summary>
              <div className="mt-3">{form}</div>
            </details>
          ) : (
            <div className="border-t border-slate-100 pt-3">{form}</div>
          )
        ) : null}
        {canEdit && !view.item.archivedAt && position ? (
          <div>
            <ActionButton action={clearPosition} fields={{ id: itemId, version: position.version }} tone="danger" size="sm" confirm={t("confirmClear")}>
              {t("clear")}
            </ActionButton>
          </div>
        ) : null}
      </div>
    </Section>
  );
}
