import "server-only";
import { randomBytes } from "node:crypto";
import type { User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { writeTransaction } from "../db/write";
import { normaliseIssuer, readOidcClaims } from "./oidc-claims";
import type { OidcConfig } from "./oidc-config";
import { signInWithOidc, type OidcSignedIn } from "./oidc-mutations";
import { OidcRefusedError } from "./oidc-refusals";
import { hashPassword } from "./password";

/** next-auth's id for the provider: its callback is <NEXTAUTH_URL>/api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

/**
 * next-auth's own OpenID Connect client (openid-client underneath): the authorization code flow
 * with PKCE, state and nonce, and the ID token's signature (from the provider's published keys),
 * issuer, audience and expiry checked before `profile` ever sees its claims. Any failed check
 * ends at /sign-in?error=OAuthCallback.
 */
export function oidcProvider(config: OidcConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    client: { token_endpoint_auth_method: "client_secret_basic" },
    // The account is chosen in the signIn callback, with the database at hand; this only names the
    // person for next-auth, which needs an id.
    profile: (claims) => ({
      id: String(claims.sub),
      email: typeof claims.email === "string" ? claims.email : null,
      name: typeof claims.name === "string" ? claims.name : null,
    }),
  };
}

/**
 * next-auth's signIn callback for the provider: finds, links or creates the account, or refuses.
 * On success the user object next-auth goes on with (and hands the jwt callback) becomes the
 * account's, as the credentials provider's would be. A refusal becomes /sign-in?error=<code>.
 */
export async function acceptOidcSignIn(user: User, claims: Record<string, unknown>, config: OidcConfig, now = new Date()): Promise<OidcSignedIn> {
  const read = readOidcClaims(claims, config);
  // openid-client compared the token's iss with the discovery document's issuer; this ties that
  // document to the issuer the administrator configured.
  if (read.issuer !== normaliseIssuer(config.issuer)) throw new OidcRefusedError("OidcWrongIssuer");
  let signedIn: OidcSignedIn;
  try {
    const unusablePasswordHash = () => hashPassword(randomBytes(32).toString("base64url"));
    signedIn = await writeTransaction((tx) => signInWithOidc(tx, { ...read, autoCreate: config.autoCreate, unusablePasswordHash, now }));
  } catch (error) {
    if (error instanceof OidcRefusedError) {
      console.warn(`Single sign-on refused (${error.code}) for ${read.issuer} subject ${read.subject}.`);
      throw error;
    }
    // Not a refusal the officer can act on: the details go to the log, not into the address.
    console.error("Single sign-on failed:", error);
    throw new Error("Callback");
  }
  Object.assign(user, { id: String(signedIn.id), email: signedIn.email, name: signedIn.name, sessionVersion: signedIn.sessionVersion });
  return signedIn;
}
