import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { DEFAULT_ADMIN_EMAIL, ensureAdmin } from "@/lib/users/bootstrap";

describe("the first run's administrator", () => {
  it("refuses a short ADMIN_PASSWORD and a malformed ADMIN_EMAIL without creating anyone", async () => {
    await expect(ensureAdmin(db, { ADMIN_PASSWORD: "short" })).rejects.toThrow(/12 to 200 characters/);
    await expect(ensureAdmin(db, { ADMIN_EMAIL: "admin" })).rejects.toThrow(/not an email address/);
    expect(await db.user.count()).toBe(0);
  });

  it("gets a generated one-time password that must be changed at first sign-in", async () => {
    const outcome = await ensureAdmin(db, {});
    expect(outcome).toMatchObject({ created: true, email: DEFAULT_ADMIN_EMAIL });
    const password = outcome.created ? outcome.generatedPassword : null;
    expect(password).toMatch(/^\w{20}$/);
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEFAULT_ADMIN_EMAIL } });
    expect(admin).toMatchObject({ role: "ADMIN", mustChangePassword: true, active: true });
    expect(await verifyPassword(password!, admin.passwordHash)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "user.create" } })).toBe(1);
    expect(await ensureAdmin(db, {})).toEqual({ created: false });
  });
});
