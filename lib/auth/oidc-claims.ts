// What the app takes from a verified ID token: who it is (issuer and subject), the email and
// whether the provider verified it, a name for a new account, and the role its groups give. Pure,
// so the unit tests can feed it any token a provider might send.
import type { Role } from "../db/generated/enums";
import { claimAt, isTrueClaim, roleFromClaim, type OidcConfig } from "./oidc-config";

export interface OidcClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string;
  /** Null when no role claim is configured, or the token leaves it out. */
  mappedRole: Role | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

/** An issuer as configured or as a provider writes it, to compare: without a trailing slash. */
export const normaliseIssuer = (issuer: string) => issuer.replace(/\/+$/, "");

export function readOidcClaims(claims: Record<string, unknown>, config: Pick<OidcConfig, "roleClaim" | "roleMap" | "emailVerifiedClaim">): OidcClaims {
  const issuer = text(claims.iss);
  const subject = text(claims.sub);
  // next-auth has checked both against the provider already; a token without them is not one.
  if (!issuer || !subject) throw new Error("The ID token has no iss or sub claim.");
  const emailText = text(claims.email)?.toLowerCase() ?? null;
  const email = emailText && emailText.length <= 254 && EMAIL.test(emailText) ? emailText : null;
  const fullName = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  const name = (text(claims.name) ?? (fullName || null) ?? text(claims.preferred_username) ?? email ?? subject).slice(0, 200);
  return {
    issuer: normaliseIssuer(issuer),
    subject,
    email,
    emailVerified: isTrueClaim(claimAt(claims, config.emailVerifiedClaim)),
    name,
    mappedRole: config.roleClaim ? roleFromClaim(claimAt(claims, config.roleClaim), config.roleMap) : null,
  };
}
