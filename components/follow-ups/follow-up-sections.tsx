import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/session";
import { systemClock } from "@/lib/clock";
import { createFollowUp } from "@/lib/follow-ups/actions";
import { activeOwners, itemChoices, itemFollowUps, itemTakesFollowUps, meetingChoices, meetingFollowUps } from "@/lib/follow-ups/queries";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, meetingName } from "@/lib/i18n/data";
import { officeToday } from "@/lib/today";
import type { FieldOption } from "../forms/fields";
import { Section } from "../ui/section";
import { CreateFollowUpForm } from "./follow-up-form";
import { FollowUpList } from "./follow-up-list";

// The follow-up actions of an item, of a meeting, and in a meeting's printable brief: each reads
// what it shows itself, so a page places it with its ids alone.

async function ownerOptions(): Promise<{ owners: FieldOption[]; me: string }> {
  const [user, owners] = await Promise.all([requirePageUser(), activeOwners()]);
  return { owners: owners.map((owner) => ({ value: String(owner.id), label: owner.name })), me: String(user.id) };
}

function AddForm({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  return (
    <details className={`mt-3 rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm ${className}`}>
      <summary className="cursor-pointer font-medium text-brand-700">{title}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

/** For the item page, below its milestones. */
export async function ItemFollowUps({ itemId, canEdit }: { itemId: number; canEdit: boolean }) {
  const [t, locale, actions, open] = await Promise.all([getTranslations("followUps"), getLocale(), itemFollowUps(itemId), itemTakesFollowUps(itemId)]);
  const editing = canEdit ? await ownerOptions() : null;
  const meetings = editing && open ? await meetingChoices() : [];
  const openCount = actions.filter((action) => action.status === "OPEN").length;
  return (
    <Section title={t("title")} id="follow-ups" aside={openCount ? String(openCount) : undefined}>
      <FollowUpList actions={actions} today={officeToday(systemClock())} empty={t("empty")} editing={editing} show={{ meeting: true }} />
      {editing && open ? (
        <AddForm title={t("create")}>
          <CreateFollowUpForm
            action={createFollowUp}
            fixed={{ itemId }}
            link={{ name: "meetingId", options: meetings.map((meeting) => ({ value: String(meeting.id), label: meetingName(meeting, locale as Locale) })) }}
            owners={editing.owners}
            initial={{ ownerId: editing.me }}
            submitLabel={t("add")}
          />
        </AddForm>
      ) : null}
    </Section>
  );
}

async function meetingForm(meetingId: number, submitLabel: string, locale: Locale, owners: { owners: FieldOption[]; me: string }, compact = false) {
  const items = await itemChoices(meetingId);
  return (
    <CreateFollowUpForm
      action={createFollowUp}
      fixed={{ meetingId }}
      link={{ name: "itemId", options: items.map((item) => ({ value: String(item.id), label: localTitle(item, locale).text })) }}
      owners={owners.owners}
      initial={{ ownerId: owners.me }}
      submitLabel={submitLabel}
      compact={compact}
    />
  );
}

/** For the meeting page: what the meeting left to do, with a link to every officer's list. */
export async function MeetingFollowUps({ meetingId, canEdit }: { meetingId: number; canEdit: boolean }) {
  const [t, locale, actions] = await Promise.all([getTranslations("followUps"), getLocale(), meetingFollowUps(meetingId)]);
  const editing = canEdit ? await ownerOptions() : null;
  const openCount = actions.filter((action) => action.status === "OPEN").length;
  return (
    <Section title={t("title")} id="follow-ups" aside={openCount ? String(openCount) : undefined}>
      <FollowUpList actions={actions} today={officeToday(systemClock())} empty={t("empty")} editing={editing} show={{ item: true }} />
      {editing ? <AddForm title={t("create")}>{await meetingForm(meetingId, t("add"), locale as Locale, editing)}</AddForm> : null}
      <p className="mt-3 text-xs">
        <Link href="/actions?owner=all&status=open" className="text-brand-700 underline-offset-2 hover:underline">
          {t("allActions")}
        </Link>
      </p>
    </Section>
  );
}

/**
 * For the printable brief: the meeting's actions as a plain list, and a short create form that
 * shows on screen only, so actions agreed while reading the brief are taken down from it.
 */
export async function BriefFollowUps({ meetingId, canEdit }: { meetingId: number; canEdit: boolean }) {
  const [t, locale, actions] = await Promise.all([getTranslations("followUps"), getLocale(), meetingFollowUps(meetingId)]);
  const editing = canEdit ? await ownerOptions() : null;
  return (
    <section aria-labelledby="brief-follow-ups" className="break-inside-avoid">
      <h2 id="brief-follow-ups" className="text-base font-semibold text-slate-900">
        {t("brief.title")}
      </h2>
      <FollowUpList actions={actions} today={officeToday(systemClock())} empty={t("empty")} show={{ item: true }} print />
      {editing ? (
        <AddForm title={t("brief.create")} className="print:hidden">
          {await meetingForm(meetingId, t("add"), locale as Locale, editing, true)}
        </AddForm>
      ) : null}
    </section>
  );
}
