// A password change ends what the old password let in: every other session, the calendar address
// and the API tokens, as an administrator's reset does. The officer who changed it stays signed in
// on this device (a new session cookie for the new session version) and is told which addresses
// and tokens to make again.
import { decode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as calendarFeed } from "@/app/api/calendar/[token]/route";
import { GET as apiItems } from "@/app/api/v1/items/route";
import { authorizeCredentials } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { getCurrentUser } from "@/lib/auth/session";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { Role, User } from "@/lib/db/generated/client";
import { writeTransaction } from "@/lib/db/write";
import { msg } from "@/lib/i18n/message";
import { createApiToken } from "@/lib/tokens/actions";
import * as tokens from "@/lib/tokens/mutations";
import { hashToken, newToken, type TokenPurpose } from "@/lib/tokens/tokens";
import { changeOwnPassword, resetPassword } from "@/lib/users/actions";
import { lastOwnPasswordChange } from "@/lib/users/queries";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm } from "../support/action-calls";
import { WITH_SECOND_FACTOR } from "../support/second-factor";

vi.hoisted(() => {
  // Without it, importing the auth options generates a secret file and warns about it.
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});

vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));
// The cookies a server action sets on its response.
const responseCookies = vi.hoisted(() => new Map<string, { value: string; options: Record<string, unknown> }>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ set: (name: string, value: string, options: Record<string, unknown>) => responseCookies.set(name, { value, options }) }),
}));

const PASSWORD = "the-current-password-1";
const NEW_PASSWORD = "a-brand-new-password-2";
const changeForm = () => formData({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
let passwordHash: string;
let serial = 0;

beforeAll(async () => {
  await seedDatabase(db);
  passwordHash = await hashPassword(PASSWORD);
});
beforeEach(() => responseCookies.clear());

function newUser(role: Role, data: Partial<User> = {}) {
  const n = ++serial;
  return db.user.create({ data: { email: `officer-${n}@customs.test`, name: `Officer ${n}`, role, passwordHash, ...data } });
}

async function newTokenFor(userId: number, purpose: TokenPurpose, label?: string) {
  const token = newToken(purpose);
  await db.accessToken.create({ data: { userId, purpose, label, hash: hashToken(token) } });
  return token;
}

function sessionAs(claims: { uid: number; sv: number } | null) {
  vi.mocked(readSessionClaims).mockResolvedValue(
    claims ? { userId: claims.uid, sessionVersion: claims.sv, sessionId: "test-session", method: "password" } : null,
  );
}

const apiStatus = async (token: string) =>
  (await apiItems(new Request("http://localhost/api/v1/items", { headers: { authorization: `Bearer ${token}` } }))).status;
const feedStatus = async (token: string) =>
  (await calendarFeed(new Request(`http://localhost/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) })).status;

describe("changing one's own password", () => {
  it("ends the calendar address and every API token, records them, and names them for the officer", async () => {
    const officer = await newUser("EDITOR");
    const calendar = await newTokenFor(officer.id, "calendar");
    const nightly = await newTokenFor(officer.id, "api", "Nightly report");
    const sync = await newTokenFor(officer.id, "api", "同步程式");
    const colleague = await newUser("VIEWER");
    const theirs = await newTokenFor(colleague.id, "api", "Colleague's robot");
    expect([await feedStatus(calendar), await apiStatus(nightly), await apiStatus(sync)]).toEqual([200, 200, 200]);
    sessionAs({ uid: officer.id, sv: officer.sessionVersion });

    const outcome = await submitForm(changeOwnPassword, changeForm());

    expect(outcome.redirectedTo).toBe("/account/password-changed");
    expect([await feedStatus(calendar), await apiStatus(nightly), await apiStatus(sync)]).toEqual([404, 401, 401]);
    expect(await apiStatus(theirs)).toBe(200);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.change-password", userId: officer.id } });
    expect(JSON.parse(event.before!)).toEqual({ calendarAddress: true, apiTokens: ["同步程式", "Nightly report"] });
    expect(JSON.parse(event.after!)).toEqual({ calendarAddress: false, apiTokens: [] });
    // What the page the officer lands on lists.
    expect(await lastOwnPasswordChange(officer.id)).toEqual({ at: event.at, ended: { calendarAddress: true, apiTokens: ["同步程式", "Nightly report"] } });
  });

  it("with no token to end, records no token and tells the officer nothing ended", async () => {
    const officer = await newUser("VIEWER");
    sessionAs({ uid: officer.id, sv: officer.sessionVersion });
    expect((await submitForm(changeOwnPassword, changeForm())).redirectedTo).toBe("/account/password-changed");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.change-password", userId: officer.id } });
    expect([event.before, event.after]).toEqual([null, null]);
    expect((await lastOwnPasswordChange(officer.id))?.ended).toEqual({ calendarAddress: false, apiTokens: [] });
    expect(await lastOwnPasswordChange((await newUser("VIEWER")).id)).toBeNull();
  });

  it("ends the same tokens as an administrator's reset, which records them too", async () => {
    const admin = await newUser("ADMIN", WITH_SECOND_FACTOR);
    const officer = await newUser("EDITOR");
    const calendar = await newTokenFor(officer.id, "calendar");
    const robot = await newTokenFor(officer.id, "api", "robot");
    sessionAs({ uid: admin.id, sv: admin.sessionVersion });

    expect((await submitForm(resetPassword, formData({ userId: officer.id }))).result).toMatchObject({ ok: true });

    expect([await feedStatus(calendar), await apiStatus(robot)]).toEqual([404, 401]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.reset-password", entityId: String(officer.id) } });
    expect(JSON.parse(event.before!)).toEqual({ calendarAddress: true, apiTokens: ["robot"] });
  });
});

describe("the officer who changed the password", () => {
  it("stays signed in on this device after the forced first change, while the old session ends", async () => {
    const officer = await newUser("EDITOR", { mustChangePassword: true });
    sessionAs({ uid: officer.id, sv: officer.sessionVersion });

    expect((await submitForm(changeOwnPassword, changeForm())).redirectedTo).toBe("/account/password-changed");

    const after = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: officer.sessionVersion + 1 });
    // next-auth's own cookie, as it sets it at sign-in (plain http here: no __Secure- prefix).
    const cookie = responseCookies.get("next-auth.session-token");
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    expect((cookie!.options.expires as Date).getTime()).toBeGreaterThan(Date.now() + 11 * 60 * 60 * 1000);
    const claims = await decode({ token: cookie!.value, secret: process.env.AUTH_SECRET! });
    expect(claims).toMatchObject({ uid: officer.id, sv: after.sessionVersion, email: officer.email, name: officer.name, sub: String(officer.id) });

    // The session the change was made from, like any other opened before it, counts as signed out.
    expect(await getCurrentUser()).toBeNull();
    expect((await submitForm(createApiToken, formData({ label: "old session" }))).result).toMatchObject({ ok: false, message: msg("a.notSignedIn") });
    // The renewed cookie is the officer, free to work without signing in again.
    sessionAs({ uid: claims!.uid, sv: claims!.sv });
    expect(await getCurrentUser()).toMatchObject({ id: officer.id, mustChangePassword: false });
    expect((await submitForm(createApiToken, formData({ label: "after the change" }))).result).toMatchObject({ ok: true });
  });

  it("gets no new cookie when the change is refused", async () => {
    const officer = await newUser("VIEWER");
    sessionAs({ uid: officer.id, sv: officer.sessionVersion });
    const wrong = formData({ currentPassword: "not-the-password-9", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect((await submitForm(changeOwnPassword, wrong)).result).toMatchObject({ ok: false });
    expect(responseCookies.size).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: officer.id } })).toEqual(officer);
  });
});

describe("someone guessing the officer's password at the sign-in page", () => {
  it("does not stop the officer from changing it, the forced first change included", async () => {
    const officer = await newUser("VIEWER", { mustChangePassword: true });
    for (let i = 0; i < 6; i++) {
      await authorizeCredentials({ email: officer.email, password: `guess-${i}` }, { address: null, knownDevice: null }).catch(() => {});
    }
    expect((await db.signInThrottle.findUnique({ where: { key: `email:${officer.email}` } }))?.lockedUntil).toBeInstanceOf(Date);
    sessionAs({ uid: officer.id, sv: officer.sessionVersion });
    expect((await submitForm(changeOwnPassword, changeForm())).redirectedTo).toBe("/account/password-changed");
  });
});

describe("a token asked for under a session that ends meanwhile", () => {
  it("is not made: the check the request passed is made again inside the write", async () => {
    const officer = await newUser("VIEWER");
    // The request was checked under this session; the password changes before its write runs.
    await db.user.update({ where: { id: officer.id }, data: { sessionVersion: { increment: 1 } } });
    const asChecked = { id: officer.id, sessionVersion: officer.sessionVersion };
    await expect(writeTransaction((tx) => tokens.createApiToken(tx, asChecked, { label: "late", token: newToken("api") }))).rejects.toThrow(
      msg("a.notSignedIn"),
    );
    await expect(writeTransaction((tx) => tokens.renewCalendarToken(tx, asChecked, newToken("calendar")))).rejects.toThrow(msg("a.notSignedIn"));
    expect(await db.accessToken.count({ where: { userId: officer.id } })).toBe(0);
  });
});
