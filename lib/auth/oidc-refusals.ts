// Why a sign-in through the provider is refused. Each code travels in the sign-in page's address
// (next-auth sends a refused sign-in to /sign-in?error=<code>), and the page shows it in the
// reader's language.
export const OIDC_REFUSALS = ["OidcEmailUnverified", "OidcNoAccount", "OidcDeactivated", "OidcIdentityTaken", "OidcWrongIssuer"] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

/** A refusal; its message is the code itself, which next-auth puts in the address. */
export class OidcRefusedError extends Error {
  constructor(readonly code: OidcRefusal) {
    super(code);
    this.name = "OidcRefusedError";
  }
}
