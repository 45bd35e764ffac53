import "server-only";
import { recordAudit } from "../audit/record";
import type { Role } from "../db/generated/enums";
import { lockNames, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { ADMINISTRATORS, otherActiveAdmins } from "../users/mutations";
import type { OidcClaims } from "./oidc-claims";
import { OidcRefusedError } from "./oidc-refusals";

// The rules of single sign-on accounts. An account is found by the provider's issuer and subject
// once linked; the email is trusted only to link or create, and only when the provider says it
// verified it. A deactivated account stays locked out whatever the provider says. Roles follow
// the provider's groups when a role claim is configured, but never leave the app without an
// active administrator.

/** What the verified ID token says (oidc-claims.ts), and what the configuration and the moment add. */
export interface OidcSignInInput extends OidcClaims {
  autoCreate: boolean;
  /** For a created account: a hash of a random password nobody knows, so only single sign-on opens it. */
  unusablePasswordHash: () => Promise<string>;
  now: Date;
}

export interface OidcSignedIn {
  id: number;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
  /** How the account was found: already linked, linked now by its verified email, or created now. */
  via: "identity" | "linked" | "created";
}

async function refuseInactive(user: { active: boolean }) {
  if (!user.active) throw new OidcRefusedError("OidcDeactivated");
}

/**
 * Finds, links or creates the account for a verified ID token, updates its role from the
 * provider's groups, and records the sign-in. Throws OidcRefusedError, writing nothing, when the
 * account may not sign in this way.
 */
export async function signInWithOidc(tx: Tx, input: OidcSignInInput): Promise<OidcSignedIn> {
  const { issuer, subject, email, now } = input;
  // Two first sign-ins of one person at once: the second waits, then finds the identity linked.
  await lockNames(tx, [`oidc:${issuer}:${subject}`]);
  const identity = await tx.oidcIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, include: { user: true } });

  let user;
  let via: OidcSignedIn["via"];
  if (identity) {
    user = identity.user;
    await refuseInactive(user);
    await tx.oidcIdentity.update({ where: { id: identity.id }, data: { lastSeenAt: now } });
    via = "identity";
  } else {
    if (!email || !input.emailVerified) throw new OidcRefusedError("OidcEmailUnverified");
    await lockNames(tx, [`users:email:${email}`]);
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing) {
      await refuseInactive(existing);
      // The account answers to another person at this provider already: an email handed on to
      // someone else must not hand them the account.
      if (await tx.oidcIdentity.findUnique({ where: { userId_issuer: { userId: existing.id, issuer } } })) throw new OidcRefusedError("OidcIdentityTaken");
      await tx.oidcIdentity.create({ data: { userId: existing.id, issuer, subject, createdAt: now, lastSeenAt: now } });
      await recordAudit(tx, {
        userId: existing.id,
        action: "user.sso-link",
        entityType: "User",
        entityId: existing.id,
        summary: msg("oidc.auditLinked", { email, issuer }),
        after: { issuer, subject },
      });
      user = existing;
      via = "linked";
    } else {
      if (!input.autoCreate) throw new OidcRefusedError("OidcNoAccount");
      const role = input.mappedRole ?? "VIEWER";
      user = await tx.user.create({ data: { email, name: input.name, role, passwordHash: await input.unusablePasswordHash(), mustChangePassword: false } });
      await tx.oidcIdentity.create({ data: { userId: user.id, issuer, subject, createdAt: now, lastSeenAt: now } });
      await recordAudit(tx, {
        userId: user.id,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        summary: msg("oidc.auditCreated", { email, role, issuer }),
        after: { email, name: input.name, role, issuer, subject },
      });
      via = "created";
    }
  }

  let role = user.role;
  if (via !== "created" && input.mappedRole && input.mappedRole !== user.role) role = await followProviderRole(tx, user, input.mappedRole);
  await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { id: user.id, email: user.email, name: user.name, role, sessionVersion: user.sessionVersion, via };
}

/**
 * The provider's groups moved the officer to another role. The last active administrator keeps the
 * role (a provider's group edit must not lock every administrator out); another administrator, or
 * the provider once a second administrator is in its group, can change it.
 */
async function followProviderRole(tx: Tx, user: { id: number; email: string; role: Role }, role: Role): Promise<Role> {
  await lockNames(tx, [ADMINISTRATORS]);
  // Read again under the lock: an administrator may have changed the role meanwhile.
  const current = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } });
  if (current.role === role) return role;
  if (current.role === "ADMIN" && (await otherActiveAdmins(tx, user.id)) === 0) {
    console.warn(`Single sign-on: the provider's groups give ${user.email} the role ${role}, but it is the last active administrator; it stays ADMIN.`);
    return current.role;
  }
  await tx.user.update({ where: { id: user.id }, data: { role } });
  await recordAudit(tx, {
    userId: user.id,
    action: "user.role",
    entityType: "User",
    entityId: user.id,
    summary: msg("oidc.auditRole", { email: user.email, from: current.role, role }),
    before: { role: current.role },
    after: { role },
  });
  return role;
}
