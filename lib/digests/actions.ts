"use server";

import { redirect } from "next/navigation";
import { RefusedError } from "../actions/errors";
import { resubscribeByLink } from "./unsubscribe";

/**
 * "Subscribe again" on the page an unsubscribe link opened. It runs without a session, like the
 * link: the signed fields the page carried are the credential (resubscribeByLink checks them).
 * The page is shown again as it now stands, with "again" so opening it does not unsubscribe anew.
 */
export async function resubscribe(formData: FormData): Promise<void> {
  const params = { u: formData.get("u"), t: formData.get("t"), s: formData.get("s") };
  try {
    await resubscribeByLink(params);
  } catch (error) {
    // A view gone or no longer shared: the page says so, as it finds the view missing.
    if (!(error instanceof RefusedError)) throw error;
  }
  const back = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (typeof value === "string") back.set(key, value);
  back.set("again", "1");
  redirect(`/unsubscribe?${back}` as never);
}
