// A session is a row: the cookie names it, and ending the row signs the browser out at its next
// request, whoever ends it (the officer, from another browser; an administrator; a password reset).
// These run the real cookie decoding and the real actions against a fresh database; only the
// request's cookie jar is stood in for.
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { readSessionClaims, sessionCookieName } from "@/lib/auth/session-claims";
import { endAllSessionsOf, endOwnOtherSessions, endOwnSession } from "@/lib/auth/user-sessions-actions";
import { LAST_SEEN_RESOLUTION_MS, openUserSession } from "@/lib/auth/user-sessions-mutations";
import { listOwnSessions, liveSessionCounts } from "@/lib/auth/user-sessions-queries";
import { db } from "@/lib/db";
import type { Role } from "@/lib/db/generated/enums";
import { writeTransaction } from "@/lib/db/write";
import { msg } from "@/lib/i18n/message";
import { resetPassword, setUserActive } from "@/lib/users/actions";
import { formData } from "../support/action-calls";
import { WITH_SECOND_FACTOR } from "../support/second-factor";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// The request's cookies: what the browser sends.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => jar.set(name, value),
  }),
}));

const COOKIE = sessionCookieName(false);
const CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
let serial = 0;

async function newUser(role: Role = "VIEWER") {
  const n = ++serial;
  const factor = role === "ADMIN" ? WITH_SECOND_FACTOR : {};
  return db.user.create({ data: { email: `officer-${n}@customs.test`, name: `Officer ${n}`, role, passwordHash: "unused", ...factor } });
}

async function signIn(user: { id: number }, userAgent: string | null = CHROME_WINDOWS, now = new Date()) {
  return writeTransaction((tx) => openUserSession(tx, { userId: user.id, method: "password", userAgent, address: "192.0.2.7", maxAgeS: 12 * 3600 }, now));
}

/** Makes the next request carry this session's cookie, as next-auth would have set it. */
async function browse(user: { id: number; sessionVersion: number }, sid: string | undefined) {
  jar.clear();
  jar.set(COOKIE, await encode({ token: { uid: user.id, sv: user.sessionVersion, sid }, secret: process.env.AUTH_SECRET!, maxAge: 3600 }));
}

/** readSessionClaims and getCurrentUser are cached per request by React; a test is a series of requests. */
const claims = () => readSessionClaims(false);

beforeEach(() => jar.clear());

describe("a request's session", () => {
  it("is the cookie's row: present, the user's own and unexpired", async () => {
    const user = await newUser();
    const sid = await signIn(user);
    await browse(user, sid);
    expect(await claims()).toEqual({ userId: user.id, sessionVersion: 0, sessionId: sid, method: "password" });
    expect(await getCurrentUser()).toMatchObject({ id: user.id, sessionId: sid });
  });

  it("counts as none without a cookie, with a cookie from before sessions were rows, or with a forged one", async () => {
    const user = await newUser();
    expect(await claims()).toBeNull();
    await browse(user, undefined);
    expect(await claims()).toBeNull();
    jar.set(COOKIE, "not-a-jwe");
    expect(await claims()).toBeNull();
  });

  it("counts as none once its row is gone, expired, or belongs to someone else", async () => {
    const user = await newUser();
    const other = await newUser();
    const ended = await signIn(user);
    await db.userSession.delete({ where: { id: ended } });
    await browse(user, ended);
    expect(await claims()).toBeNull();

    const expired = await signIn(user, CHROME_WINDOWS, new Date(Date.now() - 13 * 3600 * 1000));
    await browse(user, expired);
    expect(await claims()).toBeNull();

    const others = await signIn(other);
    await browse(user, others);
    expect(await claims()).toBeNull();
  });

  it("marks when it was last used, at most every few minutes", async () => {
    const user = await newUser();
    const sid = await signIn(user);
    const old = new Date(Date.now() - LAST_SEEN_RESOLUTION_MS - 1000);
    await db.userSession.update({ where: { id: sid }, data: { lastSeenAt: old } });
    await browse(user, sid);
    await claims();
    const seen = (await db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(old.getTime());

    const recent = new Date(Date.now() - 1000);
    await db.userSession.update({ where: { id: sid }, data: { lastSeenAt: recent } });
    await browse(user, sid);
    await claims();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(recent);
  });

  it("drops the account's expired rows at the next sign-in, and keeps the user agent and address within bounds", async () => {
    const user = await newUser();
    const expired = await signIn(user, CHROME_WINDOWS, new Date(Date.now() - 13 * 3600 * 1000));
    const fresh = await signIn(user, "x".repeat(5000));
    expect(await db.userSession.findUnique({ where: { id: expired } })).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: fresh } })).userAgent).toHaveLength(300);
  });
});

describe("the second factor an administrator must have", () => {
  it("is asked of password sessions only: the identity provider answers for its own", async () => {
    const admin = await db.user.create({ data: { email: `sso-admin-${++serial}@customs.test`, name: "SSO Admin", role: "ADMIN", passwordHash: "unused" } });
    await browse(admin, await signIn(admin));
    expect(await getCurrentUser()).toMatchObject({ mustSetUpSecondFactor: true });
    const viaProvider = await writeTransaction((tx) =>
      openUserSession(tx, { userId: admin.id, method: "oidc", userAgent: CHROME_WINDOWS, address: null, maxAgeS: 3600 }),
    );
    await browse(admin, viaProvider);
    expect(await getCurrentUser()).toMatchObject({ mustSetUpSecondFactor: false, sessionId: viaProvider });
  });
});

describe("an officer's own sessions", () => {
  it("lists this browser first, with the browser and system named", async () => {
    const user = await newUser();
    const laptop = await signIn(user, FIREFOX_LINUX);
    const here = await signIn(user, CHROME_WINDOWS);
    const listed = await listOwnSessions(user.id, here);
    expect(listed.map((session) => [session.id, session.current, session.agent])).toEqual([
      [here, true, { browser: "Chrome", system: "Windows" }],
      [laptop, false, { browser: "Firefox", system: "Linux" }],
    ]);
  });

  it("signs out one other session, which is then refused, and records it", async () => {
    const user = await newUser();
    const laptop = await signIn(user, FIREFOX_LINUX);
    const here = await signIn(user);
    await browse(user, here);
    expect(await endOwnSession(null, formData({ sessionId: laptop }))).toMatchObject({ ok: true });
    await browse(user, laptop);
    expect(await claims()).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { action: "user.sessions-ended", entityId: String(user.id) } });
    expect(audit).toHaveLength(1);
  });

  it("refuses to end the session in hand, someone else's, or a made-up one, and changes nothing", async () => {
    const user = await newUser();
    const other = await newUser();
    const theirs = await signIn(other);
    const here = await signIn(user);
    await browse(user, here);
    expect(await endOwnSession(null, formData({ sessionId: here }))).toMatchObject({ ok: false, message: expect.stringContaining("a.sessionInHand") });
    expect(await endOwnSession(null, formData({ sessionId: theirs }))).toMatchObject({ ok: false, message: expect.stringContaining("a.sessionAlreadyEnded") });
    expect(await endOwnSession(null, formData({ sessionId: "../../etc" }))).toMatchObject({ ok: false });
    expect(await endOwnSession(null, formData({}))).toMatchObject({ ok: false });
    expect(await db.userSession.count({ where: { id: { in: [here, theirs] } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "user.sessions-ended", entityId: { in: [String(user.id), String(other.id)] } } })).toBe(0);
  });

  it("signs out every other session and keeps this one", async () => {
    const user = await newUser();
    const first = await signIn(user, FIREFOX_LINUX);
    const second = await signIn(user);
    const here = await signIn(user);
    await browse(user, here);
    expect(await endOwnOtherSessions(null, formData({}))).toMatchObject({ ok: true, message: msg("sessions.endedOthers", { count: 2 }) });
    expect((await db.userSession.findMany({ where: { userId: user.id } })).map((row) => row.id)).toEqual([here]);
    for (const gone of [first, second]) {
      await browse(user, gone);
      expect(await claims()).toBeNull();
    }
    await browse(user, here);
    expect(await endOwnOtherSessions(null, formData({}))).toMatchObject({ ok: false, message: expect.stringContaining("a.noOtherSessions") });
  });

  it("needs a signed-in officer", async () => {
    expect(await endOwnOtherSessions(null, formData({}))).toMatchObject({ ok: false, message: expect.stringContaining("a.notSignedIn") });
  });
});

describe("an administrator", () => {
  it("ends every session of another account, recorded in the audit trail", async () => {
    const admin = await newUser("ADMIN");
    const officer = await newUser();
    const officersSessions = [await signIn(officer), await signIn(officer, FIREFOX_LINUX)];
    const adminsOwn = await signIn(admin);
    await browse(admin, adminsOwn);
    expect((await liveSessionCounts()).get(officer.id)).toBe(2);
    expect(await endAllSessionsOf(null, formData({ userId: officer.id }))).toMatchObject({ ok: true });
    expect(await db.userSession.count({ where: { id: { in: officersSessions } } })).toBe(0);
    expect(await db.userSession.count({ where: { id: adminsOwn } })).toBe(1);
    const [event] = await db.auditEvent.findMany({ where: { action: "user.sessions-ended", entityId: String(officer.id) } });
    expect(event).toMatchObject({ userId: admin.id, before: JSON.stringify({ sessions: 2 }), after: JSON.stringify({ sessions: 0 }) });
    expect(await endAllSessionsOf(null, formData({ userId: officer.id }))).toMatchObject({ ok: false, message: expect.stringContaining("a.noSessionsToEnd") });
  });

  it("is the only one who may, and not on their own account", async () => {
    const admin = await newUser("ADMIN");
    const editor = await newUser("EDITOR");
    const officer = await newUser();
    await signIn(officer);
    await browse(editor, await signIn(editor));
    expect(await endAllSessionsOf(null, formData({ userId: officer.id }))).toMatchObject({ ok: false, message: expect.stringContaining("a.roleForbids") });
    await browse(admin, await signIn(admin));
    expect(await endAllSessionsOf(null, formData({ userId: admin.id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("a.ownSessionsElsewhere"),
    });
    expect(await endAllSessionsOf(null, formData({ userId: 999_999 }))).toMatchObject({ ok: false });
    expect(await db.userSession.count({ where: { userId: officer.id } })).toBe(1);
  });

  it("ends the account's sessions by resetting its password or deactivating it", async () => {
    const admin = await newUser("ADMIN");
    const officer = await newUser();
    await browse(admin, await signIn(admin));
    await signIn(officer);
    expect(await resetPassword(null, formData({ userId: officer.id }))).toMatchObject({ ok: true });
    expect(await db.userSession.count({ where: { userId: officer.id } })).toBe(0);
    await signIn(officer);
    expect(await setUserActive(null, formData({ userId: officer.id, active: "false" }))).toMatchObject({ ok: true });
    expect(await db.userSession.count({ where: { userId: officer.id } })).toBe(0);
  });
});
