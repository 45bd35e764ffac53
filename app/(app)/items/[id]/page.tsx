import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ItemDocuments } from "@/components/documents/item-documents";
import { ItemFollowUps } from "@/components/follow-ups/follow-up-sections";
import { economyPart, followLabels, followStatus } from "@/components/follows/follow-labels";
import { SavedNotice } from "@/components/forms/saved-notice";
import { ItemCoSponsors } from "@/components/items/item-page/co-sponsors";
import { ItemDetails } from "@/components/items/item-page/details";
import { ItemHeader } from "@/components/items/item-page/header";
import { ItemMeetings } from "@/components/items/item-page/meetings";
import { ItemMilestones } from "@/components/items/item-page/milestones";
import { ItemSummaryNotes } from "@/components/items/item-page/summary-notes";
import { ItemPositionPanel } from "@/components/positions/item-position-panel";
import { Notice } from "@/components/ui/notice";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import { followStates } from "@/lib/follows/queries";
import type { Locale } from "@/lib/i18n/config";
import { localTitle } from "@/lib/i18n/data";
import { getItem } from "@/lib/items/queries";
import { itemIdSchema } from "@/lib/items/schema";
import { economyOfUser } from "@/lib/office/queries";
import { officeDay, officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

async function loadItem(params: PageProps<"/items/[id]">["params"]) {
  await requirePageUser();
  const id = itemIdSchema.safeParse((await params).id);
  return id.success ? getItem(id.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/items/[id]">): Promise<Metadata> {
  const [item, locale, te] = await Promise.all([loadItem(params), getLocale(), getTranslations("errors")]);
  return { title: item ? localTitle(item, locale as Locale).text : te("itemNotFound") };
}

export default async function ItemPage({ params, searchParams }: PageProps<"/items/[id]">) {
  const user = await requirePageUser();
  const item = await loadItem(params);
  if (!item) notFound();
  const [t, tf, localeTag, { saved }, states, economyCode] = await Promise.all([
    getTranslations("item"),
    getTranslations("follows"),
    getLocale(),
    searchParams,
    followStates(user.id, [item.id]),
    economyOfUser(user.id),
  ]);
  const section = { item, locale: localeTag as Locale, canEdit: hasRole(user.role, "EDITOR") && !item.archivedAt };
  const state = states.get(item.id)!;
  const coSponsors = item.coSponsorships.filter((c) => !c.withdrawnOn).map((c) => c.economy);
  const part = economyPart(economyCode, item.proposer, coSponsors);
  const follow = {
    following: state.following,
    labels: followLabels(tf, localTitle(item, section.locale).text, undefined, true),
    status: followStatus(tf, state, part, section.locale),
  };

  return (
    <article className="flex flex-col gap-6">
      <ItemHeader {...section} user={user} follow={follow} />
      <SavedNotice saved={saved} subject="item" />
      {item.archivedAt ? <Notice title={t("archivedOn", { date: formatDay(officeDay(item.archivedAt), section.locale) })}>{t("archivedBody")}</Notice> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <ItemMilestones {...section} today={officeToday()} />
          <ItemFollowUps itemId={item.id} canEdit={section.canEdit} />
          <ItemSummaryNotes item={item} />
          <ItemMeetings {...section} />
          <ItemDocuments itemId={item.id} canEdit={section.canEdit} query={await searchParams} />
        </div>
        <div className="flex flex-col gap-6">
          <ItemCoSponsors {...section} />
          <ItemPositionPanel itemId={item.id} canEdit={section.canEdit} />
          <ItemDetails {...section} />
        </div>
      </div>
    </article>
  );
}
