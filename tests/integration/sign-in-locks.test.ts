// What an administrator sees of failed sign-ins, and how they lift a wait: only they can, it
// writes its audit event, and nothing else changes.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { readKnownDevice } from "@/lib/auth/known-device";
import { authorizeCredentials } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { clearSignInThrottle } from "@/lib/auth/sign-in-throttle-actions";
import { listSignInThrottles } from "@/lib/auth/sign-in-throttle-queries";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { msg } from "@/lib/i18n/message";
import { formData } from "../support/action-calls";
import { WITH_SECOND_FACTOR } from "../support/second-factor";
import { totpCodeNow } from "../support/test-users";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const PASSWORD = "a-long-enough-password";
let admin: User;
let editor: User;

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  admin = await db.user.create({ data: { email: "admin@customs.test", name: "Admin", role: "ADMIN", passwordHash, ...WITH_SECOND_FACTOR } });
  editor = await db.user.create({ data: { email: "editor@customs.test", name: "Editor", role: "EDITOR", passwordHash } });
});

function signedInAs(user: User) {
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" });
}

const guess = (email: string, address: string | null, knownDevice = null as ReturnType<typeof readKnownDevice>) =>
  authorizeCredentials({ email, password: "guess" }, { address, knownDevice }).catch(() => {});

describe("the sign-in locks page", () => {
  it("lists accounts, addresses and known devices with their failures, the waiting ones first", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { knownDeviceCookie } = await authorizeCredentials({ email: "editor@customs.test", password: PASSWORD }, { address: null, knownDevice: null });
    await guess("editor@customs.test", null, readKnownDevice(knownDeviceCookie));
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(1000);
      await guess("admin@customs.test", "203.0.113.9");
    }

    const { rows, total } = await listSignInThrottles();
    expect(total).toBe(3);
    expect(rows.map(({ kind, subject, failures, lockedUntil }) => ({ kind, subject, failures, waiting: lockedUntil !== null }))).toEqual([
      { kind: "email", subject: "admin@customs.test", failures: 4, waiting: true },
      { kind: "ip", subject: "203.0.113.9", failures: 4, waiting: false },
      { kind: "device", subject: "editor@customs.test", failures: 1, waiting: false },
    ]);
    vi.useRealTimers();
  });

  it("lets an administrator lift a wait, and records who did it", async () => {
    signedInAs(admin);
    const before = await db.signInThrottle.findUniqueOrThrow({ where: { key: "email:admin@customs.test" } });
    const result = await clearSignInThrottle(null, formData({ key: "email:admin@customs.test" }));
    expect(result).toMatchObject({ ok: true, message: msg("a.signInThrottleCleared") });
    expect(await db.signInThrottle.findUnique({ where: { key: "email:admin@customs.test" } })).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "sign-in.clear" } });
    expect(event).toMatchObject({
      userId: admin.id,
      entityType: "SignInThrottle",
      entityId: "email:admin@customs.test",
      summary: msg("audit.signInThrottleCleared", { kind: "email", subject: "admin@customs.test" }),
    });
    expect(JSON.parse(event.before!)).toMatchObject({ failures: 4, lockedUntil: before.lockedUntil!.toISOString() });
    // The account signs in at once.
    const code = await totpCodeNow(WITH_SECOND_FACTOR.totpSecret);
    await expect(authorizeCredentials({ email: "admin@customs.test", password: PASSWORD, code }, { address: null, knownDevice: null })).resolves.toMatchObject({
      email: "admin@customs.test",
    });
  });

  it("names a known device by its account in the audit trail", async () => {
    signedInAs(admin);
    const key = (await db.signInThrottle.findFirstOrThrow({ where: { key: { startsWith: "device:" } } })).key;
    expect(await clearSignInThrottle(null, formData({ key }))).toMatchObject({ ok: true });
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: key } })).summary).toBe(
      msg("audit.signInThrottleCleared", { kind: "device", subject: "editor@customs.test" }),
    );
  });

  it("refuses anyone but an administrator, a wait already gone and a made-up key, writing nothing", async () => {
    const events = await db.auditEvent.count();
    signedInAs(editor);
    expect(await clearSignInThrottle(null, formData({ key: "ip:203.0.113.9" }))).toMatchObject({ ok: false, message: msg("a.roleForbids") });
    vi.mocked(readSessionClaims).mockResolvedValue(null);
    expect(await clearSignInThrottle(null, formData({ key: "ip:203.0.113.9" }))).toMatchObject({ ok: false, message: msg("a.notSignedIn") });
    signedInAs(admin);
    expect(await clearSignInThrottle(null, formData({ key: "email:admin@customs.test" }))).toMatchObject({ ok: false, message: msg("a.signInThrottleGone") });
    expect(await clearSignInThrottle(null, formData({ key: "user:1" }))).toMatchObject({
      ok: false,
      fieldErrors: { key: [msg("v.invalid", { field: "signInKey" })] },
    });
    expect(await db.signInThrottle.findUnique({ where: { key: "ip:203.0.113.9" } })).toMatchObject({ failures: 4 });
    expect(await db.auditEvent.count()).toBe(events);
  });
});
