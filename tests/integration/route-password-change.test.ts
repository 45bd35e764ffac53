// Route handlers follow the pages' rule on the one-time password: an account still on the password
// an administrator issued reads nothing until it has chosen its own. The export streams the whole
// plan, so it is the handler this matters for; every session-authenticated handler shares the guard.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(app)/items/export/route";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { msg } from "@/lib/i18n/message";
import { seedDatabase } from "@/prisma/seed/seed";
import { rendered } from "../support/messages";

vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

let onTemporaryPassword: User;

beforeAll(async () => {
  await seedDatabase(db);
  onTemporaryPassword = await db.user.create({
    data: { email: "new@customs.test", name: "New officer", role: "EDITOR", passwordHash: await hashPassword("issued-by-the-admin"), mustChangePassword: true },
  });
});

const signedInAs = (user: User) =>
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" });

const exportPlan = (query: string, headers: Record<string, string> = {}) => GET(new Request(`http://localhost/items/export?${query}`, { headers }));

describe("the export with a one-time password", () => {
  it("refuses a script with 403 and says, in the reader's language, to change the password first", async () => {
    signedInAs(onTemporaryPassword);
    const response = await exportPlan("proposer=PE");
    expect(response.status).toBe(403);
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(await response.json()).toEqual({ error: "password_change_required", message: rendered(msg("a.changePasswordFirst"), "en") });

    const inChinese = await (await exportPlan("proposer=PE&format=xlsx&lang=zh-TW")).json();
    expect(inChinese.message).toBe(rendered(msg("a.changePasswordFirst"), "zh-TW"));
  });

  it("sends a browser that opens the address to the password change", async () => {
    signedInAs(onTemporaryPassword);
    const browsers: Record<string, string>[] = [{ "sec-fetch-mode": "navigate" }, { accept: "text/html,application/xhtml+xml,*/*;q=0.8" }];
    for (const headers of browsers) {
      const response = await exportPlan("layout=long", headers);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/account/password");
      expect(await response.text()).toBe("");
    }
  });

  it("downloads once the officer has chosen their own password", async () => {
    const changed = await db.user.update({ where: { id: onTemporaryPassword.id }, data: { mustChangePassword: false } });
    signedInAs(changed);
    const response = await exportPlan("proposer=PE");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
  });
});
