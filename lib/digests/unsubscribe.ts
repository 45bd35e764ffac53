// What a digest's unsubscribe link does, for the page it opens, that page's "subscribe again"
// button and the mail client's one-click POST (RFC 8058). The signed link is the only credential:
// nobody signs in, so the link names the officer and what it ends, and the signature vouches for both.
import "server-only";
import { db } from "../db";
import type { DigestFrequency } from "../db/generated/enums";
import { writeTransaction } from "../db/write";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/config";
import { verifyUnsubscribe, type UnsubscribeParams, type UnsubscribeToken } from "../mail/unsubscribe";
import { subscribeView } from "../saved-views/mutations";
import { restartDigest, stopDigest } from "./mutations";

export type LinkState =
  /** The link is not one we signed: nothing was read or changed. */
  | { ok: false; problem: "invalid" }
  | { ok: false; problem: "inactive"; locale: Locale }
  | {
      ok: true;
      token: UnsubscribeToken;
      /** The link's own fields, for the form that undoes it. */
      signed: UnsubscribeParams;
      email: string;
      locale: Locale;
      digest: DigestFrequency;
      view: { name: string; subscribed: boolean } | null;
    };

type Params = Partial<Record<keyof UnsubscribeParams, unknown>>;

/** Where the link's officer and target stand now, without changing anything. */
export async function linkState(params: Params): Promise<LinkState> {
  const token = verifyUnsubscribe(params);
  if (!token) return { ok: false, problem: "invalid" };
  const user = await db.user.findUnique({ where: { id: token.userId }, select: { email: true, locale: true, active: true, digestFrequency: true } });
  const locale = isLocale(user?.locale) ? user.locale : DEFAULT_LOCALE;
  if (!user?.active) return { ok: false, problem: "inactive", locale };
  let view: { name: string; subscribed: boolean } | null = null;
  if (token.target.kind === "view") {
    const found = await db.savedView.findUnique({
      where: { id: token.target.viewId },
      select: { name: true, shared: true, ownerId: true, subscriptions: { where: { userId: token.userId }, select: { userId: true } } },
    });
    // A view deleted, or no longer shared with the officer, is not theirs to be told of.
    if (found && (found.shared || found.ownerId === token.userId)) view = { name: found.name, subscribed: found.subscriptions.length > 0 };
  }
  const signed = { u: String(params.u), t: String(params.t), s: String(params.s) };
  return { ok: true, token, signed, email: user.email, locale, digest: user.digestFrequency, view };
}

/** Opens the link: ends the officer's digests, or their subscription to the view; doing it twice changes nothing more. */
export async function unsubscribeByLink(params: Params): Promise<LinkState> {
  const state = await linkState(params);
  if (!state.ok) return state;
  const actor = { id: state.token.userId };
  const target = state.token.target;
  if (target.kind === "digest") await writeTransaction((tx) => stopDigest(tx, actor));
  else if (state.view) await writeTransaction((tx) => subscribeView(tx, actor, { id: target.viewId, subscribed: false }));
  return linkState(params);
}

/** "Subscribe again": undoes what the link did. A view no longer there, or no longer shared, is refused. */
export async function resubscribeByLink(params: Params): Promise<LinkState> {
  const state = await linkState(params);
  if (!state.ok) return state;
  const actor = { id: state.token.userId };
  const target = state.token.target;
  if (target.kind === "digest") await writeTransaction((tx) => restartDigest(tx, actor));
  else await writeTransaction((tx) => subscribeView(tx, actor, { id: target.viewId, subscribed: true }));
  return linkState(params);
}
