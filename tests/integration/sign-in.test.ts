import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readKnownDevice, type KnownDevice } from "@/lib/auth/known-device";
import { authorizeCredentials, clientAddress, SIGN_IN_FAILED, type SignInContext } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { msg } from "@/lib/i18n/message";
import { ensureAdmin } from "@/lib/users/bootstrap";

vi.hoisted(() => {
  // Without it, importing the auth options generates a secret file (or, on PostgreSQL, refuses).
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});

const PASSWORD = "a-long-enough-password";
const anywhere: SignInContext = { address: null, knownDevice: null };

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.createMany({
    data: [
      { email: "officer@customs.test", name: "Officer", role: "EDITOR", passwordHash },
      { email: "gone@customs.test", name: "Gone", role: "EDITOR", passwordHash, active: false },
      { email: "guessed@customs.test", name: "Guessed", role: "VIEWER", passwordHash },
      { email: "boss@customs.test", name: "Boss", role: "ADMIN", passwordHash },
      { email: "slow@customs.test", name: "Slow", role: "VIEWER", passwordHash },
      { email: "reset@customs.test", name: "Reset", role: "VIEWER", passwordHash },
    ],
  });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Signs in as the owner would, and keeps the device the browser is given. */
async function deviceOf(email: string): Promise<KnownDevice> {
  const { knownDeviceCookie } = await authorizeCredentials({ email, password: PASSWORD }, anywhere);
  return readKnownDevice(knownDeviceCookie)!;
}

const clock = () => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-03T09:00:00Z") });
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the email's case, records the sign-in and names the device", async () => {
    const user = await authorizeCredentials({ email: " Officer@Customs.TEST ", password: PASSWORD }, { address: "10.0.0.1", knownDevice: null });
    expect(user).toMatchObject({ email: "officer@customs.test", sessionVersion: 0 });
    expect(readKnownDevice(user.knownDeviceCookie)).toMatchObject({ userId: Number(user.id) });
    expect((await db.user.findUnique({ where: { email: "officer@customs.test" } }))?.lastSignInAt).toBeInstanceOf(Date);
  });

  it("gives the same answer for a wrong password, an unknown email and a deactivated account", async () => {
    for (const credentials of [
      { email: "officer@customs.test", password: "wrong" },
      { email: "nobody@customs.test", password: PASSWORD },
      { email: "gone@customs.test", password: PASSWORD },
      { email: "not an email", password: PASSWORD },
      { email: "officer@customs.test" },
      null,
    ]) {
      await expect(authorizeCredentials(credentials, { address: "10.0.0.2", knownDevice: null })).rejects.toThrow(SIGN_IN_FAILED);
    }
  });

  it("makes each failure after the third double the wait, up to 15 minutes, and refuses tries during it", async () => {
    clock();
    const attempt = (password: string) => authorizeCredentials({ email: "guessed@customs.test", password }, anywhere);
    for (let i = 0; i < 3; i++) await expect(attempt("guess")).rejects.toThrow(SIGN_IN_FAILED);
    const waits: unknown[] = [];
    for (let i = 0; i < 12; i++) {
      waits.push(await attempt("guess").catch((error: Error) => error.message));
      // Even the right password is refused during the wait, and the refusal is not counted.
      await expect(attempt(PASSWORD)).rejects.toThrow(/auth\.locked/);
      later(15 * 60_000);
    }
    expect(waits).toEqual([
      ...[1, 2, 4, 8, 16, 32].map((seconds) => msg("auth.lockedSeconds", { seconds })),
      ...[2, 3, 5, 9, 15, 15].map((minutes) => msg("auth.locked", { minutes })),
    ]);
    expect((await db.signInThrottle.findUnique({ where: { key: "email:guessed@customs.test" } }))?.failures).toBe(15);
    // Once the wait is over the right password gets in, and the account starts afresh.
    await expect(attempt(PASSWORD)).resolves.toMatchObject({ email: "guessed@customs.test" });
    expect(await db.signInThrottle.findUnique({ where: { key: "email:guessed@customs.test" } })).toBeNull();
  });

  it("starts counting afresh a day after the last failure", async () => {
    clock();
    const attempt = () => authorizeCredentials({ email: "forgetful@customs.test", password: "guess" }, anywhere);
    for (let i = 0; i < 5; i++) {
      await attempt().catch(() => {});
      later(60_000);
    }
    later(24 * 60 * 60_000);
    await expect(attempt()).rejects.toThrow(SIGN_IN_FAILED);
    expect((await db.signInThrottle.findUnique({ where: { key: "email:forgetful@customs.test" } }))?.failures).toBe(1);
  });
});

describe("someone guessing an account's password", () => {
  it("cannot keep its owner out: a browser that signed in before still gets in with the right password", async () => {
    clock();
    const device = await deviceOf("boss@customs.test");
    for (let i = 0; i < 20; i++) {
      await authorizeCredentials({ email: "boss@customs.test", password: `guess-${i}` }, anywhere).catch(() => {});
      later(60_000);
    }
    // The guesser, even with the right password, waits…
    await expect(authorizeCredentials({ email: "boss@customs.test", password: PASSWORD }, anywhere)).rejects.toThrow(/auth\.locked/);
    // …the owner's browser does not, and keeps its device.
    const owner = await authorizeCredentials({ email: "boss@customs.test", password: PASSWORD }, { address: null, knownDevice: device });
    expect(readKnownDevice(owner.knownDeviceCookie)).toEqual(device);
    // The guessing still counts against the account.
    expect((await db.signInThrottle.findUnique({ where: { key: "email:boss@customs.test" } }))?.lockedUntil).toBeInstanceOf(Date);
  });

  it("gets nothing from a device that signed in before the password was reset", async () => {
    clock();
    const device = await deviceOf("reset@customs.test");
    // An administrator resets the password after a suspected compromise: sessions, tokens and devices end.
    await db.user.update({ where: { email: "reset@customs.test" }, data: { sessionVersion: { increment: 1 } } });
    for (let i = 0; i < 4; i++) {
      await authorizeCredentials({ email: "reset@customs.test", password: `guess-${i}` }, { address: null, knownDevice: device }).catch(() => {});
    }
    // The old device's guesses counted against the account, not on a key of their own.
    expect((await db.signInThrottle.findUnique({ where: { key: "email:reset@customs.test" } }))?.failures).toBe(4);
    expect(await db.signInThrottle.count({ where: { key: { startsWith: `device:${device.userId}:` } } })).toBe(0);
  });

  it("gets nothing from a device of another account, and a known device's own guesses are slowed too", async () => {
    clock();
    const officerDevice = await deviceOf("officer@customs.test");
    const slowDevice = await deviceOf("slow@customs.test");
    // Another account's device counts as no device: the account's own wait applies.
    for (let i = 0; i < 4; i++) {
      await authorizeCredentials({ email: "slow@customs.test", password: "guess" }, { address: null, knownDevice: officerDevice }).catch(() => {});
    }
    await expect(authorizeCredentials({ email: "slow@customs.test", password: PASSWORD }, { address: null, knownDevice: officerDevice })).rejects.toThrow(
      /auth\.locked/,
    );
    // A device guessing its own account waits like anyone else.
    const guesses = [];
    for (let i = 0; i < 5; i++) {
      guesses.push(
        await authorizeCredentials({ email: "slow@customs.test", password: "guess" }, { address: null, knownDevice: slowDevice }).catch(
          (e: Error) => e.message,
        ),
      );
    }
    expect(guesses.slice(0, 3)).toEqual([SIGN_IN_FAILED, SIGN_IN_FAILED, SIGN_IN_FAILED]);
    expect(guesses.slice(3)).toEqual([msg("auth.lockedSeconds", { seconds: 1 }), msg("auth.lockedSeconds", { seconds: 1 })]);
  });
});

describe("an address behind a trusted proxy", () => {
  it("is slowed after ten failures across accounts, for every account but on known devices", async () => {
    clock();
    const device = await deviceOf("officer@customs.test");
    for (let i = 0; i < 11; i++) {
      await authorizeCredentials({ email: `probe${i}@customs.test`, password: "x" }, { address: "203.0.113.9", knownDevice: null }).catch(() => {});
    }
    await expect(authorizeCredentials({ email: "officer@customs.test", password: PASSWORD }, { address: "203.0.113.9", knownDevice: null })).rejects.toThrow(
      /auth\.locked/,
    );
    await expect(
      authorizeCredentials({ email: "officer@customs.test", password: PASSWORD }, { address: "198.51.100.1", knownDevice: null }),
    ).resolves.toMatchObject({ email: "officer@customs.test" });
    await expect(
      authorizeCredentials({ email: "officer@customs.test", password: PASSWORD }, { address: "203.0.113.9", knownDevice: device }),
    ).resolves.toMatchObject({
      email: "officer@customs.test",
    });
  });

  it("gives back a successful sign-in's try, so colleagues behind the proxy do not add up", async () => {
    for (let i = 0; i < 12; i++) {
      await authorizeCredentials({ email: "officer@customs.test", password: PASSWORD }, { address: "192.0.2.7", knownDevice: null });
    }
    expect(await db.signInThrottle.findUnique({ where: { key: "ip:192.0.2.7" } })).toMatchObject({ failures: 0, lockedUntil: null });
  });

  it("is the address the proxy saw, and only when TRUST_PROXY says there is one", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9", "x-real-ip": "203.0.113.10" };
    vi.stubEnv("TRUST_PROXY", "");
    expect(clientAddress(headers)).toBeNull();
    vi.stubEnv("TRUST_PROXY", "true");
    expect(clientAddress(headers)).toBe("203.0.113.9");
    expect(clientAddress({ "x-real-ip": "203.0.113.10" })).toBe("203.0.113.10");
    expect(clientAddress({})).toBeNull();
    vi.unstubAllEnvs();
  });
});

describe("the first administrator", () => {
  it("is created once, only while there is no account at all", async () => {
    expect(await ensureAdmin(db, {})).toEqual({ created: false });
  });
});

describe("a burst of parallel guesses", () => {
  it("gets only the free tries and the first slowed one checked", async () => {
    clock();
    const passwordHash = await hashPassword(PASSWORD);
    await db.user.create({ data: { email: "burst@customs.test", name: "Burst", role: "VIEWER", passwordHash } });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => authorizeCredentials({ email: "burst@customs.test", password: "guess" }, anywhere)),
    );
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    const row = await db.signInThrottle.findUnique({ where: { key: "email:burst@customs.test" } });
    expect(row?.failures).toBe(4);
    expect(row?.lockedUntil).toBeInstanceOf(Date);
    await expect(authorizeCredentials({ email: "burst@customs.test", password: PASSWORD }, anywhere)).rejects.toThrow(/auth\.locked/);
  });
});
