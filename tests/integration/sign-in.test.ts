import { beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials, SIGN_IN_FAILED } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/users/bootstrap";

const PASSWORD = "a-long-enough-password";
const noWait = async () => {};

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.createMany({
    data: [
      { email: "officer@customs.test", name: "Officer", role: "EDITOR", passwordHash },
      { email: "gone@customs.test", name: "Gone", role: "EDITOR", passwordHash, active: false },
      { email: "guessed@customs.test", name: "Guessed", role: "VIEWER", passwordHash },
      { email: "slow@customs.test", name: "Slow", role: "VIEWER", passwordHash },
    ],
  });
});

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the email's case, and records the sign-in", async () => {
    const user = await authorizeCredentials({ email: " Officer@Customs.TEST ", password: PASSWORD }, "10.0.0.1", noWait);
    expect(user).toMatchObject({ email: "officer@customs.test", sessionVersion: 0 });
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
      await expect(authorizeCredentials(credentials, "10.0.0.2", noWait)).rejects.toThrow(SIGN_IN_FAILED);
    }
  });

  it("slows repeated failures, then refuses the account for a while even with the right password", async () => {
    const delays: number[] = [];
    const wait = async (ms: number) => void delays.push(ms);
    const attempt = (password: string) => authorizeCredentials({ email: "guessed@customs.test", password }, null, wait);
    for (let i = 0; i < 7; i++) await expect(attempt("guess")).rejects.toThrow(SIGN_IN_FAILED);
    await expect(attempt("guess")).rejects.toThrow(/auth\.locked.*"minutes":15/);
    expect(delays).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000]);
    await expect(attempt(PASSWORD)).rejects.toThrow(/auth\.locked/);
  });

  it("refuses an address that keeps failing across accounts (behind a trusted proxy)", async () => {
    for (let i = 0; i < 30; i++) {
      await authorizeCredentials({ email: `probe${i}@customs.test`, password: "x" }, "203.0.113.9", noWait).catch(() => {});
    }
    await expect(authorizeCredentials({ email: "slow@customs.test", password: PASSWORD }, "203.0.113.9", noWait)).rejects.toThrow(/auth\.locked/);
    await expect(authorizeCredentials({ email: "slow@customs.test", password: PASSWORD }, "198.51.100.1", noWait)).resolves.toMatchObject({
      email: "slow@customs.test",
    });
  });
});

describe("the first administrator", () => {
  it("is created once, only while there is no account at all", async () => {
    expect(await ensureAdmin(db, {})).toEqual({ created: false });
  });
});

describe("a burst of parallel guesses", () => {
  it("cannot slip past the account limit", async () => {
    const passwordHash = await hashPassword(PASSWORD);
    await db.user.create({ data: { email: "burst@customs.test", name: "Burst", role: "VIEWER", passwordHash } });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => authorizeCredentials({ email: "burst@customs.test", password: "guess" }, null, noWait)),
    );
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    const row = await db.signInThrottle.findUnique({ where: { key: "email:burst@customs.test" } });
    expect(row?.failures).toBeGreaterThanOrEqual(8);
    expect(row?.lockedUntil).toBeInstanceOf(Date);
    await expect(authorizeCredentials({ email: "burst@customs.test", password: PASSWORD }, null, noWait)).rejects.toThrow(/auth\.locked/);
  });
});
