// The messages the sign-in page shows. Those from a sign-in carry the wait the server worked out;
// one read from the page's address (`?error=`, where next-auth sends a failed sign-in made without
// JavaScript) is only ever a key from a fixed list, with no value of its own: anyone can make a
// link, so a link must not choose the words or the numbers the page shows.
import { decodeMessage, msg } from "../i18n/message";

export const SIGN_IN_FAILED = msg("auth.wrong");
const THROTTLED = msg("auth.throttled");

/** Refused for now: how long until the next try, counted on the server. */
export function lockedMessage(until: Date, now = new Date()): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return seconds < 60 ? msg("auth.lockedSeconds", { seconds }) : msg("auth.locked", { minutes: Math.ceil(seconds / 60) });
}

const FROM_ADDRESS = new Map([
  ["auth.wrong", SIGN_IN_FAILED],
  ["auth.locked", THROTTLED],
  ["auth.lockedSeconds", THROTTLED],
  ["auth.throttled", THROTTLED],
]);

/** The message for the page's `error` parameter; anything unknown reads as a failed sign-in. */
export function signInMessageFromAddress(error: string | string[] | undefined): string | undefined {
  if (typeof error !== "string") return undefined;
  return FROM_ADDRESS.get(decodeMessage(error)?.key ?? error) ?? SIGN_IN_FAILED;
}
