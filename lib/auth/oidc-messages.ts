// The sign-in page's messages for single sign-on. next-auth sends a failed sign-in back to
// /sign-in?error=<code>; the code is only ever looked up in this fixed list (anyone can make a
// link, so a link must not choose the words), and an unknown one reads as a failed sign-in.
import { OIDC_REFUSALS } from "./oidc-refusals";

const NEXT_AUTH_CODES = new Map(
  Object.entries({
    // The provider's answer failed a check: state, PKCE, nonce, or the ID token's signature, issuer, audience or expiry.
    OAuthCallback: "oidc.errors.notVerified",
    // The provider could not be reached to start (discovery or the authorization address).
    OAuthSignin: "oidc.errors.unreachable",
    Callback: "oidc.errors.failed",
    AccessDenied: "oidc.errors.failed",
    OAuthAccountNotLinked: "oidc.errors.failed",
    OAuthCreateAccount: "oidc.errors.failed",
    Configuration: "oidc.errors.failed",
  }),
);

/** The message key for a single sign-on error code, or null when the code is not one of ours. */
export function oidcErrorKey(error: string | string[] | undefined): string | null {
  if (typeof error !== "string") return null;
  if ((OIDC_REFUSALS as readonly string[]).includes(error)) return `oidc.errors.${error}`;
  return NEXT_AUTH_CODES.get(error) ?? null;
}
