// A deactivated account's calendar address and API tokens end with it, so a reactivated account
// starts with no live token: whatever it handed out before does not come back to life.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as calendarFeed } from "@/app/api/calendar/[token]/route";
import { GET as apiItems } from "@/app/api/v1/items/route";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { Role } from "@/lib/db/generated/client";
import { hashToken, newToken, type TokenPurpose } from "@/lib/tokens/tokens";
import { setUserActive } from "@/lib/users/actions";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm } from "../support/action-calls";
import { WITH_SECOND_FACTOR } from "../support/second-factor";

vi.hoisted(() => {
  // Without it, importing the auth options generates a secret file and warns about it.
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});

vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let passwordHash: string;
let serial = 0;

beforeAll(async () => {
  await seedDatabase(db);
  passwordHash = await hashPassword("the-current-password-1");
  const admin = await newUser("ADMIN", true, WITH_SECOND_FACTOR);
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: admin.id, sessionVersion: admin.sessionVersion, sessionId: "test-session", method: "password" });
});

function newUser(role: Role, active = true, extra: object = {}) {
  const n = ++serial;
  return db.user.create({ data: { email: `officer-${n}@customs.test`, name: `Officer ${n}`, role, passwordHash, active, ...extra } });
}

async function newTokenFor(userId: number, purpose: TokenPurpose, label?: string) {
  const token = newToken(purpose);
  await db.accessToken.create({ data: { userId, purpose, label, hash: hashToken(token) } });
  return token;
}

const apiStatus = async (token: string) =>
  (await apiItems(new Request("http://localhost/api/v1/items", { headers: { authorization: `Bearer ${token}` } }))).status;
const feedStatus = async (token: string) =>
  (await calendarFeed(new Request(`http://localhost/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) })).status;
const setActive = (userId: number, active: boolean) => submitForm(setUserActive, formData({ userId, active: String(active) }));

describe("a reactivated account", () => {
  it("gets none of its calendar address and API tokens back: deactivation ended them", async () => {
    const officer = await newUser("EDITOR");
    const calendar = await newTokenFor(officer.id, "calendar");
    const robot = await newTokenFor(officer.id, "api", "robot");
    expect([await feedStatus(calendar), await apiStatus(robot)]).toEqual([200, 200]);

    expect((await setActive(officer.id, false)).result).toMatchObject({ ok: true });
    expect(await db.accessToken.count({ where: { userId: officer.id, revokedAt: null } })).toBe(0);
    const deactivated = await db.auditEvent.findFirstOrThrow({ where: { action: "user.deactivate", entityId: String(officer.id) } });
    expect(JSON.parse(deactivated.before!)).toEqual({ active: true, calendarAddress: true, apiTokens: ["robot"] });
    expect(JSON.parse(deactivated.after!)).toEqual({ active: false, calendarAddress: false, apiTokens: [] });

    expect((await setActive(officer.id, true)).result).toMatchObject({ ok: true });
    expect([await feedStatus(calendar), await apiStatus(robot)]).toEqual([404, 401]);
    const reactivated = await db.auditEvent.findFirstOrThrow({ where: { action: "user.reactivate", entityId: String(officer.id) } });
    expect([JSON.parse(reactivated.before!), JSON.parse(reactivated.after!)]).toEqual([{ active: false }, { active: true }]);
  });

  it("starts without the tokens of a deactivation from before tokens ended with it", async () => {
    const officer = await newUser("VIEWER", false);
    const calendar = await newTokenFor(officer.id, "calendar");
    const robot = await newTokenFor(officer.id, "api", "left over");

    expect((await setActive(officer.id, true)).result).toMatchObject({ ok: true });

    expect([await feedStatus(calendar), await apiStatus(robot)]).toEqual([404, 401]);
    const reactivated = await db.auditEvent.findFirstOrThrow({ where: { action: "user.reactivate", entityId: String(officer.id) } });
    expect(JSON.parse(reactivated.before!)).toEqual({ active: false, calendarAddress: true, apiTokens: ["left over"] });
  });

  it("can make new tokens that work", async () => {
    const officer = await newUser("VIEWER");
    await setActive(officer.id, false);
    await setActive(officer.id, true);
    const fresh = await newTokenFor(officer.id, "api", "made after");
    expect(await apiStatus(fresh)).toBe(200);
  });
});
