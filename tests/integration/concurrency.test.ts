// Two officers saving the same record at once. Each edit carries the version its form was loaded
// with; of many saves that all start from one version, exactly one may land and every other officer
// must be told someone else saved first, never have their edit silently lost or applied twice.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { addCoSponsor } from "@/lib/co-sponsors/actions";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { msg } from "@/lib/i18n/message";
import { updateItem } from "@/lib/items/actions";
import { editMilestone } from "@/lib/milestones/actions";
import { changeOwnPassword, resetPassword } from "@/lib/users/actions";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm, type Action } from "../support/action-calls";
import { WITH_SECOND_FACTOR } from "../support/second-factor";

vi.hoisted(() => {
  // Without it, importing the auth options generates a secret file and warns about it.
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});

vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// Passes through; lets a test hold a password change at the moment it checks the current password.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));

let editor: User;
let sccpForumId: number;

beforeAll(async () => {
  await seedDatabase(db);
  sccpForumId = (await db.forum.findUniqueOrThrow({ where: { code: "SCCP" } })).id;
  editor = await db.user.create({
    data: { email: "editor@customs.test", name: "Eddie Editor", role: "EDITOR", passwordHash: await hashPassword("editor-password-1") },
  });
  vi.mocked(readSessionClaims).mockResolvedValue({
    userId: editor.id,
    sessionVersion: editor.sessionVersion,
    sessionId: "test-session",
    method: "password" as const,
  });
});

const form = (fields: Record<string, string | number>) => formData(fields);

type Outcome = { saved: true; redirectedTo: string | null } | { saved: false; result: ActionResult };

/** Calls an action as a form post would; a redirect (what Next does after a save) counts as saved. */
async function submit(action: Action, data: FormData): Promise<Outcome> {
  const { result, redirectedTo } = await submitForm(action, data);
  return !result || result.ok ? { saved: true, redirectedTo } : { saved: false, result };
}

/** Indexes of the calls that saved, and the results of those that did not. */
function split(outcomes: Outcome[]) {
  const winners = outcomes.flatMap((outcome, index) => (outcome.saved ? [index] : []));
  const losers = outcomes.flatMap((outcome) => (outcome.saved ? [] : [outcome.result]));
  return { winners, losers };
}

describe("twenty officers save the same item at once", () => {
  it("exactly one save lands, the other nineteen are told of the conflict, and the history shows one change", async () => {
    const item = await db.item.create({
      data: { forumId: sccpForumId, year: 2024, titleEn: "Single Window interoperability", proposerCode: "PE", status: "APPROVED", kind: "INITIATIVE" },
    });
    const titles = Array.from({ length: 20 }, (_, n) => `Single Window interoperability, draft ${n + 1}`);
    const forms = titles.map((titleEn) =>
      form({ id: item.id, version: item.version, kind: "INITIATIVE", forumCode: "SCCP", year: 2024, titleEn, proposerCode: "PE", status: "APPROVED" }),
    );

    const outcomes = await Promise.all(forms.map((data) => submit(updateItem, data)));

    const { winners, losers } = split(outcomes);
    expect(winners).toHaveLength(1);
    const winner = titles[winners[0]!]!;
    expect(outcomes[winners[0]!]).toEqual({ saved: true, redirectedTo: `/items/${item.id}` });
    expect(losers).toHaveLength(19);
    for (const result of losers) {
      expect(result).toMatchObject({ ok: false, message: msg("a.conflict"), conflict: { savedVersion: item.version + 1 } });
      expect(result.ok === false && result.conflict?.fields).toContainEqual(expect.objectContaining({ name: "titleEn", saved: winner }));
    }

    const saved = await db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved).toMatchObject({ titleEn: winner, version: item.version + 1 });
    const events = await db.auditEvent.findMany({ where: { entityType: "Item", entityId: String(item.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "item.update", userId: editor.id, itemId: item.id });
    expect(JSON.parse(events[0]!.after!)).toEqual({ titleEn: winner });
    expect(JSON.parse(events[0]!.before!)).toEqual({ titleEn: item.titleEn });
  });
});

describe("ten officers edit the same milestone at once", () => {
  it("exactly one edit lands, the other nine are told of the conflict, and the history shows one change", async () => {
    const item = await db.item.create({
      data: { forumId: sccpForumId, year: 2024, titleEn: "Green customs workshop", proposerCode: "PE", status: "APPROVED", kind: "SELF_FUNDED" },
    });
    const milestone = await db.milestone.create({ data: { itemId: item.id, title: "Workshop held", precision: "UNDATED" } });
    const titles = Array.from({ length: 10 }, (_, n) => `Workshop held, version ${n + 1}`);

    const outcomes = await Promise.all(
      titles.map((title) => submit(editMilestone, form({ id: milestone.id, version: milestone.version, title, due: "2024-Q3", status: "PLANNED" }))),
    );

    const { winners, losers } = split(outcomes);
    expect(winners).toHaveLength(1);
    const winner = titles[winners[0]!]!;
    expect(losers).toHaveLength(9);
    for (const result of losers) {
      expect(result).toMatchObject({ ok: false, message: msg("a.conflict"), conflict: { savedVersion: milestone.version + 1 } });
    }

    const saved = await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
    expect(saved).toMatchObject({ title: winner, version: milestone.version + 1, precision: "QUARTER", dueStart: "2024-07-01", dueEnd: "2024-09-30" });
    const events = await db.auditEvent.findMany({ where: { entityType: "Milestone", entityId: String(milestone.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "milestone.update", userId: editor.id, itemId: item.id });
    expect(JSON.parse(events[0]!.after!)).toEqual({ title: winner, precision: "QUARTER", dueStart: "2024-07-01", dueEnd: "2024-09-30" });
  });
});

describe("two officers add the same co-sponsor at once", () => {
  it("the item gets one co-sponsorship and one history entry; the second officer is told it is already there", async () => {
    const item = await db.item.create({
      data: { forumId: sccpForumId, year: 2024, titleEn: "Authorised Economic Operator MRA", proposerCode: "PE", status: "APPROVED", kind: "INITIATIVE" },
    });
    const data = () => form({ itemId: item.id, economyCode: "CL", joinedOn: "2024-02-26" });

    const outcomes = await Promise.all([submit(addCoSponsor, data()), submit(addCoSponsor, data())]);

    const { winners, losers } = split(outcomes);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([expect.objectContaining({ ok: false, message: expect.stringMatching(/^a\.alreadyCoSponsor/) })]);
    expect(await db.coSponsorship.findMany({ where: { itemId: item.id } })).toEqual([
      expect.objectContaining({ economyCode: "CL", joinedOn: "2024-02-26", withdrawnOn: null }),
    ]);
    const events = await db.auditEvent.findMany({ where: { entityType: "CoSponsorship", itemId: item.id } });
    expect(events).toEqual([expect.objectContaining({ action: "cosponsor.add", entityId: `${item.id}:CL`, userId: editor.id })]);
  });
});

describe("an administrator resets a password while its owner is changing it", () => {
  it("the reset wins: the one-time password works, and the change begun under the ended session is refused", async () => {
    const passwordHash = await hashPassword("old-password-123");
    const officer = await db.user.create({ data: { email: "officer@customs.test", name: "Olga Officer", role: "VIEWER", passwordHash } });
    const admin = await db.user.create({ data: { email: "admin@customs.test", name: "Ada Admin", role: "ADMIN", passwordHash, ...WITH_SECOND_FACTOR } });
    const session = (user: User) => ({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" as const });
    vi.mocked(readSessionClaims).mockResolvedValueOnce(session(officer)).mockResolvedValueOnce(session(admin));

    // The officer's change has passed the sign-in check; while it checks the current password,
    // the administrator's reset runs to the end.
    let reset: ActionResult | undefined;
    const realVerify = vi.mocked(verifyPassword).getMockImplementation()!;
    vi.mocked(verifyPassword).mockImplementationOnce(async (password, stored) => {
      reset = await resetPassword(null, form({ userId: officer.id }));
      return realVerify(password, stored);
    });
    const change = await changeOwnPassword(
      null,
      form({ currentPassword: "old-password-123", newPassword: "chosen-by-whoever-1", confirmPassword: "chosen-by-whoever-1" }),
    );

    expect(reset).toMatchObject({ ok: true, secret: expect.any(String) });
    const after = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: officer.sessionVersion + 1 });
    expect(await verifyPassword(reset!.ok ? reset!.secret! : "", after.passwordHash)).toBe(true);
    expect(change).toMatchObject({ ok: false });
  });
});
