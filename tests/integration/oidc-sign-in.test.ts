// Single sign-on against a real database (issue 17, part 1): a verified ID token's claims find the
// account by issuer and subject, link by a verified email, create a viewer or the mapped role only
// when OIDC_AUTO_CREATE says so, keep deactivated accounts out, follow the groups' role with an
// audit event, and LOCAL_SIGN_IN=false leaves passwords to the break-glass administrator alone.
import type { User as NextAuthUser } from "next-auth";
import { generate } from "otplib";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { acceptOidcSignIn } from "@/lib/auth/oidc";
import { parseOidcConfig, type OidcConfig } from "@/lib/auth/oidc-config";
import { OidcRefusedError } from "@/lib/auth/oidc-refusals";
import { authorizeCredentials, BREAK_GLASS_NOT_READY, CODE_NEEDED, LOCAL_SIGN_IN_OFF, SIGN_IN_FAILED } from "@/lib/auth/options";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/db/generated/enums";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/headers")>()), cookies: async () => ({ set: vi.fn() }) }));

const ISSUER = "https://sso.customs.example/realms/customs";
const ENV = { OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: "sccp", OIDC_CLIENT_SECRET: "client-secret" };
const config = (extra: Record<string, string> = {}): OidcConfig => parseOidcConfig({ ...ENV, ...extra })!;
const WITH_ROLES = { OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: "sccp-admins=ADMIN,sccp-editors=EDITOR" };
const PASSWORD = "a-long-enough-password";
let passwordHash: string;
let serial = 0;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  // An administrator who stays, so demoting another is allowed.
  await db.user.create({ data: { email: "keeper@oidc.test", name: "Keeper", role: "ADMIN", passwordHash } });
});

afterEach(() => {
  for (const name of ["LOCAL_SIGN_IN", "BREAK_GLASS_EMAIL", ...Object.keys(ENV)]) delete process.env[name];
});

const nextAuthUser = (): NextAuthUser => ({ id: "provider-subject" });
function claims(subject: string, extra: Record<string, unknown> = {}) {
  return { iss: ISSUER, sub: subject, email: `${subject}@customs.example`, email_verified: true, name: `Officer ${subject}`, ...extra };
}
const fresh = () => `p${++serial}`;
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OidcRefusedError);
  return (error as OidcRefusedError).code;
}
async function localUser(email: string, role: Role = "EDITOR", data: Record<string, unknown> = {}) {
  return db.user.create({ data: { email, name: email, role, passwordHash, ...data } });
}
const identitiesOf = (userId: number) => db.oidcIdentity.findMany({ where: { userId } });
const auditOf = (userId: number) => db.auditEvent.findMany({ where: { entityType: "User", entityId: String(userId) }, orderBy: { id: "asc" } });

describe("the first sign-in through the provider", () => {
  it("links an existing account by its verified email, with an audit event, and finds it by issuer and subject afterwards", async () => {
    const subject = fresh();
    const account = await localUser(`${subject}@customs.example`);
    const user = nextAuthUser();
    const signedIn = await acceptOidcSignIn(user, claims(subject), config());
    expect(signedIn).toMatchObject({ id: account.id, role: "EDITOR", via: "linked" });
    expect(user).toMatchObject({ id: String(account.id), email: account.email, sessionVersion: account.sessionVersion });
    expect(await identitiesOf(account.id)).toMatchObject([{ issuer: ISSUER, subject }]);
    expect((await auditOf(account.id)).map((event) => event.action)).toEqual(["user.sso-link"]);

    // The provider changed the email: the identity still finds the account; nothing is linked again.
    const again = await acceptOidcSignIn(nextAuthUser(), claims(subject, { email: "renamed@customs.example", email_verified: false }), config());
    expect(again).toMatchObject({ id: account.id, via: "identity" });
    expect(await identitiesOf(account.id)).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: account.id } })).lastSignInAt).not.toBeNull();
  });

  it("refuses an unverified or missing email, and writes nothing", async () => {
    const subject = fresh();
    const account = await localUser(`${subject}@customs.example`);
    expect(await refusal(acceptOidcSignIn(nextAuthUser(), claims(subject, { email_verified: false }), config({ OIDC_AUTO_CREATE: "true" })))).toBe(
      "OidcEmailUnverified",
    );
    expect(await refusal(acceptOidcSignIn(nextAuthUser(), claims(subject, { email_verified: "yes" }), config()))).toBe("OidcEmailUnverified");
    expect(await refusal(acceptOidcSignIn(nextAuthUser(), claims(fresh(), { email: undefined }), config({ OIDC_AUTO_CREATE: "true" })))).toBe(
      "OidcEmailUnverified",
    );
    expect(await identitiesOf(account.id)).toEqual([]);
    expect(await auditOf(account.id)).toEqual([]);
  });

  it("with OIDC_AUTO_CREATE=false refuses an unknown email; with true creates a viewer (or the mapped role) that no password opens", async () => {
    const unknown = fresh();
    const before = await db.user.count();
    expect(await refusal(acceptOidcSignIn(nextAuthUser(), claims(unknown), config()))).toBe("OidcNoAccount");
    expect(await db.user.count()).toBe(before);

    const viewer = await acceptOidcSignIn(nextAuthUser(), claims(unknown), config({ OIDC_AUTO_CREATE: "true" }));
    expect(viewer).toMatchObject({ role: "VIEWER", via: "created", email: `${unknown}@customs.example`, name: `Officer ${unknown}` });
    const created = await db.user.findUniqueOrThrow({ where: { id: viewer.id } });
    expect(created).toMatchObject({ active: true, mustChangePassword: false, role: "VIEWER" });
    expect(created.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword("", created.passwordHash)).toBe(false);
    const [event] = await auditOf(viewer.id);
    expect(event).toMatchObject({ action: "user.create", userId: viewer.id });

    const editor = fresh();
    const mapped = await acceptOidcSignIn(
      nextAuthUser(),
      claims(editor, { groups: ["staff", "sccp-editors"] }),
      config({ OIDC_AUTO_CREATE: "true", ...WITH_ROLES }),
    );
    expect(mapped).toMatchObject({ role: "EDITOR", via: "created" });
  });

  it("refuses to link an account already linked to another person at the same provider", async () => {
    const subject = fresh();
    const account = await localUser(`${subject}@customs.example`);
    await acceptOidcSignIn(nextAuthUser(), claims(subject), config());
    // The provider handed the same email to a new person (another subject).
    expect(await refusal(acceptOidcSignIn(nextAuthUser(), claims(fresh(), { email: account.email }), config()))).toBe("OidcIdentityTaken");
    expect(await identitiesOf(account.id)).toHaveLength(1);
  });

  it("refuses a token whose issuer is not the configured one", async () => {
    const subject = fresh();
    await localUser(`${subject}@customs.example`);
    expect(await refusal(acceptOidcSignIn(nextAuthUser(), claims(subject, { iss: "https://other.example" }), config()))).toBe("OidcWrongIssuer");
  });
});

describe("a deactivated account", () => {
  it("is refused whether found by identity or by email, and nothing is written", async () => {
    const linked = fresh();
    const account = await localUser(`${linked}@customs.example`);
    await acceptOidcSignIn(nextAuthUser(), claims(linked), config());
    await db.user.update({ where: { id: account.id }, data: { active: false } });
    expect(await refusal(acceptOidcSignIn(nextAuthUser(), claims(linked), config(WITH_ROLES)))).toBe("OidcDeactivated");

    const unlinked = fresh();
    const other = await localUser(`${unlinked}@customs.example`, "VIEWER", { active: false });
    expect(await refusal(acceptOidcSignIn(nextAuthUser(), claims(unlinked, { groups: ["sccp-admins"] }), config(WITH_ROLES)))).toBe("OidcDeactivated");
    expect(await identitiesOf(other.id)).toEqual([]);
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role: "VIEWER", lastSignInAt: null });
  });
});

describe("the role claim", () => {
  it("moves the role at each sign-in with an audit event, and leaves it when the token carries no such claim", async () => {
    const subject = fresh();
    const account = await localUser(`${subject}@customs.example`, "VIEWER");
    expect(await acceptOidcSignIn(nextAuthUser(), claims(subject, { groups: ["sccp-admins"] }), config(WITH_ROLES))).toMatchObject({ role: "ADMIN" });
    expect(await acceptOidcSignIn(nextAuthUser(), claims(subject, { groups: ["sccp-admins"] }), config(WITH_ROLES))).toMatchObject({ role: "ADMIN" });
    expect(await acceptOidcSignIn(nextAuthUser(), claims(subject), config(WITH_ROLES))).toMatchObject({ role: "ADMIN" });
    expect(await acceptOidcSignIn(nextAuthUser(), claims(subject, { groups: ["staff"] }), config(WITH_ROLES))).toMatchObject({ role: "VIEWER" });
    const roles = (await auditOf(account.id)).filter((event) => event.action === "user.role");
    expect(roles.map((event) => [event.before, event.after])).toEqual([
      ['{"role":"VIEWER"}', '{"role":"ADMIN"}'],
      ['{"role":"ADMIN"}', '{"role":"VIEWER"}'],
    ]);
    // Without a role claim configured, the groups say nothing: an administrator's choice stands.
    await db.user.update({ where: { id: account.id }, data: { role: "EDITOR" } });
    expect(await acceptOidcSignIn(nextAuthUser(), claims(subject, { groups: ["sccp-admins"] }), config())).toMatchObject({ role: "EDITOR" });
  });

  it("never demotes the last active administrator", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
    try {
      const subject = fresh();
      const last = await localUser(`${subject}@customs.example`, "ADMIN");
      expect(await acceptOidcSignIn(nextAuthUser(), claims(subject, { groups: ["sccp-editors"] }), config(WITH_ROLES))).toMatchObject({ role: "ADMIN" });
      expect((await db.user.findUniqueOrThrow({ where: { id: last.id } })).role).toBe("ADMIN");
      await db.user.update({ where: { id: last.id }, data: { active: false } });
    } finally {
      await db.user.update({ where: { email: "keeper@oidc.test" }, data: { active: true } });
    }
  });
});

describe("LOCAL_SIGN_IN=false", () => {
  const anywhere = { address: null, knownDevice: null };
  const TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  it("refuses every password but the break-glass administrator's, who still needs the password and a code", async () => {
    const officer = await localUser(`${fresh()}@customs.example`, "ADMIN");
    const glass = await localUser(`${fresh()}@customs.example`, "ADMIN", { totpSecret: TOTP_SECRET, totpEnabledAt: new Date() });
    Object.assign(process.env, ENV, { LOCAL_SIGN_IN: "false", BREAK_GLASS_EMAIL: glass.email.toUpperCase() });

    await expect(authorizeCredentials({ email: officer.email, password: PASSWORD }, anywhere)).rejects.toThrow(LOCAL_SIGN_IN_OFF);
    await expect(authorizeCredentials({ email: glass.email, password: "wrong-password-123" }, anywhere)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(authorizeCredentials({ email: glass.email, password: PASSWORD }, anywhere)).rejects.toThrow(CODE_NEEDED);
    const code = await generate({ secret: TOTP_SECRET });
    await expect(authorizeCredentials({ email: glass.email, password: PASSWORD, code }, anywhere)).resolves.toMatchObject({ id: String(glass.id) });

    delete process.env.LOCAL_SIGN_IN;
    await expect(authorizeCredentials({ email: officer.email, password: PASSWORD }, anywhere)).resolves.toMatchObject({ id: String(officer.id) });
  });

  it("refuses a break-glass account that is not an administrator with a second factor, once its password is right", async () => {
    const noFactor = await localUser(`${fresh()}@customs.example`, "ADMIN");
    Object.assign(process.env, ENV, { LOCAL_SIGN_IN: "false", BREAK_GLASS_EMAIL: noFactor.email });
    await expect(authorizeCredentials({ email: noFactor.email, password: PASSWORD }, anywhere)).rejects.toThrow(BREAK_GLASS_NOT_READY);
    await expect(authorizeCredentials({ email: noFactor.email, password: "wrong-password-123" }, anywhere)).rejects.toThrow(SIGN_IN_FAILED);

    const editor = await localUser(`${fresh()}@customs.example`, "EDITOR", { totpSecret: TOTP_SECRET, totpEnabledAt: new Date() });
    process.env.BREAK_GLASS_EMAIL = editor.email;
    await expect(authorizeCredentials({ email: editor.email, password: PASSWORD }, anywhere)).rejects.toThrow(BREAK_GLASS_NOT_READY);
  });
});
