// The second factor for local accounts (issue 17, item 2): set up from a secret confirmed by a code,
// sign-in with a code accepted once, recovery codes each working once, wrong codes throttled like
// passwords, the administrators' reset audited and ending sessions, and the rule that administrators
// (and everyone, when the office says so) set one up before anything else.
import { createHash } from "node:crypto";
import { generate } from "otplib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { authorizeCredentials, CODE_NEEDED, SIGN_IN_FAILED, WRONG_CODE, type SignInContext } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { confirmTotpSetUp, regenerateRecoveryCodes, resetSecondFactor, startTotpSetUp, turnOffSecondFactor } from "@/lib/auth/second-factor-actions";
import { secondFactorStatus } from "@/lib/auth/second-factor-queries";
import { getCurrentUser, requirePageUser } from "@/lib/auth/session";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { lockedMessage } from "@/lib/auth/sign-in-messages";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { msg } from "@/lib/i18n/message";
import { setSecondFactorRequired } from "@/lib/office/actions";
import { formData, submitForm } from "../support/action-calls";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/headers")>()), cookies: async () => ({ set: vi.fn() }) }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));

const PASSWORD = "a-long-enough-password";
const anywhere: SignInContext = { address: null, knownDevice: null };
let passwordHash: string;
let admin: User;
let serial = 0;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  admin = await db.user.create({
    data: { email: "chief@2fa.test", name: "Chief", role: "ADMIN", passwordHash, totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", totpEnabledAt: new Date() },
  });
});

async function newUser(role: User["role"] = "EDITOR", data: Partial<User> = {}): Promise<User> {
  const n = ++serial;
  return db.user.create({ data: { email: `officer-${n}@2fa.test`, name: `Officer ${n}`, role, passwordHash, ...data } });
}

async function signedInAs(user: Pick<User, "id">) {
  const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: fresh.id, sessionVersion: fresh.sessionVersion, sessionId: "test-session", method: "password" });
}

const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const step = (at: Date, steps: number) => new Date(at.getTime() + steps * 30_000);

/** An officer with the second factor on, set up through the page's actions; returns the secret and the recovery codes shown. */
async function enrolled(role: User["role"] = "EDITOR") {
  const user = await newUser(role);
  await signedInAs(user);
  expect((await submitForm(startTotpSetUp, formData({}))).result).toMatchObject({ ok: true });
  const secret = (await secondFactorStatus(user.id)).pending!.secret;
  const { result } = await submitForm(confirmTotpSetUp, formData({ code: await codeAt(secret, new Date()) }));
  expect(result).toMatchObject({ ok: true, message: msg("auth.factorOn") });
  const codes = result!.ok ? result!.secret!.split("\n") : [];
  return { user, secret, codes };
}

const signIn = (email: string, extra: { code?: string; recoveryCode?: string; password?: string } = {}, now = new Date()) =>
  authorizeCredentials({ email, password: PASSWORD, ...extra }, anywhere, now);

describe("setting up an authenticator app", () => {
  it("keeps a fresh secret pending until a code from it is typed, then hands over ten recovery codes, kept only hashed", async () => {
    const user = await newUser();
    await signedInAs(user);
    await submitForm(startTotpSetUp, formData({}));
    const pending = (await secondFactorStatus(user.id)).pending!;
    expect(pending.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(pending.uri).toBe(`otpauth://totp/SCCP%20Tracker:${encodeURIComponent(user.email)}?secret=${pending.secret}&issuer=SCCP%20Tracker`);
    // Not on yet: a password alone still signs in.
    await expect(signIn(user.email)).resolves.toMatchObject({ email: user.email });

    const wrong = await submitForm(confirmTotpSetUp, formData({ code: "000000" === (await codeAt(pending.secret, new Date())) ? "111111" : "000000" }));
    expect(wrong.result).toMatchObject({ ok: false, fieldErrors: { code: [msg("auth.codeNotRight")] } });
    expect(await submitForm(confirmTotpSetUp, formData({ code: "12345" }))).toMatchObject({
      result: { ok: false, fieldErrors: { code: [msg("auth.codeFormat")] } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    const { result } = await submitForm(confirmTotpSetUp, formData({ code: await codeAt(pending.secret, new Date()) }));
    expect(result).toMatchObject({ ok: true });
    const codes = result!.ok ? result!.secret!.split("\n") : [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);

    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(saved).toMatchObject({ totpSecret: pending.secret, totpPendingSecret: null });
    expect(saved.totpEnabledAt).not.toBeNull();
    expect(saved.recoveryCodes.map((row) => row.hash).sort()).toEqual(
      codes.map((code) => createHash("sha256").update(code.replace(/-/g, "")).digest("hex")).sort(),
    );
    // The page no longer shows the secret, and the audit trail never holds it.
    const status = await secondFactorStatus(user.id);
    expect(status).toMatchObject({ on: true, pending: null, recoveryCodesLeft: 10 });
    const audit = await db.auditEvent.findMany({ where: { entityType: "User", entityId: String(user.id) } });
    expect(audit.map((event) => event.action)).toEqual(["user.second-factor-on"]);
    expect(JSON.stringify(audit)).not.toContain(pending.secret);
    // A second set-up cannot replace it without turning it off first.
    expect((await submitForm(startTotpSetUp, formData({}))).result).toMatchObject({ ok: false, message: msg("auth.factorAlreadyOn") });
  });
});

describe("signing in with a second factor", () => {
  it("asks for the code after a right password only, and accepts a current code once", async () => {
    const { user, secret } = await enrolled();
    const now = step(new Date(), 4);
    await expect(signIn(user.email, { password: "not-the-password" }, now)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn(user.email, {}, now)).rejects.toThrow(CODE_NEEDED);
    // A wrong password with a right code tells nothing more than a wrong password.
    await expect(signIn(user.email, { password: "not-the-password", code: await codeAt(secret, now) }, now)).rejects.toThrow(SIGN_IN_FAILED);

    const code = await codeAt(secret, now);
    await expect(signIn(user.email, { code }, now)).resolves.toMatchObject({ email: user.email });
    // The same code again, a moment later: replayed, refused (RFC 6238 section 5.2)…
    await expect(signIn(user.email, { code }, step(now, 0.5))).rejects.toThrow(WRONG_CODE);
    // …and so is the code of the step before, though it is within the clock-drift window.
    await expect(signIn(user.email, { code: await codeAt(secret, step(now, -1)) }, now)).rejects.toThrow(WRONG_CODE);
    // A phone a step ahead is fine; two steps ahead is not.
    await expect(signIn(user.email, { code: await codeAt(secret, step(now, 3)) }, step(now, 1))).rejects.toThrow(WRONG_CODE);
    await expect(signIn(user.email, { code: await codeAt(secret, step(now, 2)) }, step(now, 1))).resolves.toMatchObject({ email: user.email });
  });

  it("accepts two sign-ins racing with the same code only once", async () => {
    const { user, secret } = await enrolled();
    const now = step(new Date(), 4);
    const code = await codeAt(secret, now);
    const outcomes = await Promise.allSettled([signIn(user.email, { code }, now), signIn(user.email, { code }, now)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("accepts each recovery code once, in place of a code, and records its use", async () => {
    const { user, codes } = await enrolled();
    for (const [i, code] of codes.entries()) {
      // Typed as people do: capitals, spaces instead of dashes.
      const typed = i % 2 ? code.toUpperCase().replace(/-/g, " ") : code;
      await expect(signIn(user.email, { recoveryCode: typed })).resolves.toMatchObject({ email: user.email });
      await expect(signIn(user.email, { recoveryCode: code })).rejects.toThrow(WRONG_CODE);
    }
    expect((await secondFactorStatus(user.id)).recoveryCodesLeft).toBe(0);
    const used = await db.auditEvent.findMany({ where: { action: "user.recovery-code-used", entityId: String(user.id) }, orderBy: { id: "asc" } });
    expect(used).toHaveLength(10);
    expect(used.at(-1)!.summary).toBe(msg("security.auditRecoveryCodeUsed", { email: user.email, left: 0 }));
    await expect(signIn(user.email, { recoveryCode: "aaaa-bbbb-cccc-dddd" })).rejects.toThrow(WRONG_CODE);
  });

  it("throttles wrong codes like wrong passwords, and a password without a code does not wipe the count", async () => {
    const { user, secret } = await enrolled();
    const now = step(new Date(), 4);
    const wrong = (await codeAt(secret, now)) === "123456" ? "654321" : "123456";
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push(
        await signIn(user.email, { code: wrong }, now).then(
          () => "in",
          (error: Error) => error.message,
        ),
      );
      // Someone who knows the password asks for the code step in between: neither counted nor cleared.
      await expect(signIn(user.email, {}, now)).rejects.toThrow(CODE_NEEDED);
    }
    outcomes.push(
      await signIn(user.email, { code: wrong }, now).then(
        () => "in",
        (error: Error) => error.message,
      ),
    );
    expect(outcomes).toEqual([WRONG_CODE, WRONG_CODE, WRONG_CODE, lockedMessage(step(now, 1 / 30), now)]);
    // While it waits, even the right code is refused without being looked at.
    await expect(signIn(user.email, { code: await codeAt(secret, now) }, now)).rejects.toThrow(lockedMessage(step(now, 1 / 30), now));
    const later = step(now, 1);
    await expect(signIn(user.email, { code: await codeAt(secret, later) }, later)).resolves.toMatchObject({ email: user.email });
  });
});

describe("managing the second factor", () => {
  it("makes new recovery codes only with a current code, and the old ones stop working", async () => {
    const { user, secret, codes } = await enrolled();
    await signedInAs(user);
    expect((await submitForm(regenerateRecoveryCodes, formData({ code: "000000" }))).result).toMatchObject({ ok: false });
    const { result } = await submitForm(regenerateRecoveryCodes, formData({ code: await codeAt(secret, step(new Date(), 1)) }));
    expect(result).toMatchObject({ ok: true, message: msg("auth.codesRegenerated") });
    const fresh = result!.ok ? result!.secret!.split("\n") : [];
    await expect(signIn(user.email, { recoveryCode: codes[0] })).rejects.toThrow(WRONG_CODE);
    await expect(signIn(user.email, { recoveryCode: fresh[0] })).resolves.toMatchObject({ email: user.email });
  });

  it("turns off with the password where it is not required, never for an administrator", async () => {
    const { user } = await enrolled();
    await signedInAs(user);
    expect(await submitForm(turnOffSecondFactor, formData({ proof: "not-the-password" }))).toMatchObject({
      result: { ok: false, fieldErrors: { proof: [msg("auth.wrongProof")] } },
    });
    expect((await submitForm(turnOffSecondFactor, formData({ proof: PASSWORD }))).result).toMatchObject({ ok: true });
    expect(await secondFactorStatus(user.id)).toMatchObject({ on: false, recoveryCodesLeft: 0 });
    await expect(signIn(user.email)).resolves.toMatchObject({ email: user.email });

    const boss = await enrolled("ADMIN");
    await signedInAs(boss.user);
    expect((await submitForm(turnOffSecondFactor, formData({ proof: PASSWORD }))).result).toMatchObject({
      ok: false,
      message: msg("auth.factorRequired"),
    });
  });

  it("an administrator's reset clears the secret and codes, ends the officer's sessions, and is audited", async () => {
    const { user, codes } = await enrolled();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    // Not for anyone but an administrator.
    await signedInAs(user);
    expect((await submitForm(resetSecondFactor, formData({ userId: user.id }))).result).toMatchObject({ ok: false, message: msg("a.roleForbids") });

    await signedInAs(admin);
    expect((await submitForm(resetSecondFactor, formData({ userId: user.id }))).result).toMatchObject({
      ok: true,
      message: msg("auth.factorReset", { email: user.email }),
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [], sessionVersion: before.sessionVersion + 1 });
    // The session opened before the reset no longer counts.
    vi.mocked(readSessionClaims).mockResolvedValue({ userId: user.id, sessionVersion: before.sessionVersion, sessionId: "test-session", method: "password" });
    expect(await getCurrentUser()).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.reset-second-factor", entityId: String(user.id) } });
    expect(audit).toMatchObject({ userId: admin.id, summary: msg("security.auditReset", { email: user.email }) });
    expect(JSON.parse(audit.after!)).toEqual({ secondFactor: false, recoveryCodes: 0 });
    // The password alone signs in again; the old recovery codes are gone.
    await expect(signIn(user.email, { recoveryCode: codes[0] })).resolves.toMatchObject({ email: user.email });
    await signedInAs(admin);
    expect((await submitForm(resetSecondFactor, formData({ userId: user.id }))).result).toMatchObject({ ok: false });
    // Nor on the administrator's own account: that is the security page's business.
    expect((await submitForm(resetSecondFactor, formData({ userId: admin.id }))).result).toMatchObject({ ok: false, message: msg("auth.factorNotOwnHere") });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ totpEnabledAt: expect.any(Date) });
  });
});

describe("who must set up a second factor", () => {
  const redirectOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { url?: string }) => error.url ?? String(error),
    );

  it("an administrator without one is signed in but sent to set it up; the temporary password comes first", async () => {
    const boss = await newUser("ADMIN");
    await expect(signIn(boss.email)).resolves.toMatchObject({ email: boss.email });
    await signedInAs(boss);
    expect(await getCurrentUser()).toMatchObject({ mustSetUpSecondFactor: true });
    expect(await redirectOf(requirePageUser())).toBe("/account/security");
    expect(await redirectOf(requirePageUser({ role: "ADMIN" }))).toBe("/account/security");
    expect(await redirectOf(requirePageUser({ allowSecondFactorSetUp: true }))).toBeNull();

    const newcomer = await newUser("ADMIN", { mustChangePassword: true });
    await signedInAs(newcomer);
    expect(await redirectOf(requirePageUser({ allowSecondFactorSetUp: true }))).toBe("/account/password");
    expect(await redirectOf(requirePageUser({ allowPasswordChange: true }))).toBeNull();

    const editor = await newUser("EDITOR");
    await signedInAs(editor);
    expect(await redirectOf(requirePageUser())).toBeNull();
  });

  it("everyone, once an administrator says so in the office's settings (audited)", async () => {
    const viewer = await newUser("VIEWER");
    await signedInAs(viewer);
    expect((await submitForm(setSecondFactorRequired, formData({ required: "on", version: "0" }))).result).toMatchObject({
      ok: false,
      message: msg("a.roleForbids"),
    });

    await signedInAs(admin);
    expect((await submitForm(setSecondFactorRequired, formData({ required: "on", version: "0" }))).result).toMatchObject({ ok: true });
    expect((await submitForm(setSecondFactorRequired, formData({ required: "on", version: "1" }))).result).toMatchObject({
      ok: false,
      message: msg("settings.secondFactor.unchanged"),
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "office.update" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ userId: admin.id, summary: msg("security.settingAuditOn") });

    await signedInAs(viewer);
    expect(await redirectOf(requirePageUser())).toBe("/account/security");
    const { user: enrolledViewer } = await enrolled("VIEWER");
    await signedInAs(enrolledViewer);
    expect(await redirectOf(requirePageUser())).toBeNull();
    expect((await submitForm(turnOffSecondFactor, formData({ proof: PASSWORD }))).result).toMatchObject({
      ok: false,
      message: msg("auth.factorRequired"),
    });

    await signedInAs(admin);
    expect((await submitForm(setSecondFactorRequired, formData({ version: "1" }))).result).toMatchObject({ ok: true });
    await signedInAs(viewer);
    expect(await redirectOf(requirePageUser())).toBeNull();
  });
});
