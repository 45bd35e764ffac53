import type { EconomyRef } from "@/lib/economies/queries";
import type { FollowState } from "@/lib/follows/queries";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import type { FollowLabels } from "./follow-button";

type Translate = (
  key:
    | "followItem"
    | "unfollowItem"
    | "becauseProposes"
    | "becauseCoSponsors"
    | "unfollowedProposes"
    | "unfollowedCoSponsors"
    | "byChoice"
    | "follow"
    | "unfollow",
  values?: Record<string, string>,
) => string;

/**
 * Which part of the officer's economy makes an item followed by default: proposing it, else
 * co-sponsoring it (the co-sponsors given are the current ones). Null when it has neither.
 */
export function economyPart(economyCode: string | null, proposer: EconomyRef, coSponsors: EconomyRef[]): { economy: EconomyRef; proposes: boolean } | null {
  if (!economyCode) return null;
  if (proposer.code === economyCode) return { economy: proposer, proposes: true };
  const coSponsor = coSponsors.find((economy) => economy.code === economyCode);
  return coSponsor ? { economy: coSponsor, proposes: false } : null;
}

/** "Followed because Chinese Taipei co-sponsors it", when the item is followed by default. */
export function defaultNote(t: Translate, state: FollowState, part: ReturnType<typeof economyPart>, locale: Locale): string | undefined {
  if (!state.following || !state.byDefault || !part) return undefined;
  return t(part.proposes ? "becauseProposes" : "becauseCoSponsors", { economy: economyName(part.economy, locale) });
}

/**
 * The item page's line on following: why it is followed, or that the officer chose to stop
 * following what their economy takes part in; nothing for an item they never followed.
 */
export function followStatus(t: Translate, state: FollowState, part: ReturnType<typeof economyPart>, locale: Locale): string | undefined {
  if (state.following) return defaultNote(t, state, part, locale) ?? t("byChoice");
  if (!state.byDefault || !part) return undefined;
  return t(part.proposes ? "unfollowedProposes" : "unfollowedCoSponsors", { economy: economyName(part.economy, locale) });
}

/** A follow button's words for one item, named by its title in the reader's language. */
export function followLabels(t: Translate, title: string, note: string | undefined, withText: boolean): FollowLabels {
  return {
    follow: t("followItem", { title }),
    unfollow: t("unfollowItem", { title }),
    note,
    ...(withText ? { text: { follow: t("follow"), unfollow: t("unfollow") } } : {}),
  };
}
