// A saved view is a work-plan address the table itself can read, kept under a name unique among
// its owner's views; private to the owner unless shared. Only the owner changes it (an
// administrator may also delete a shared one); anyone who can see it may subscribe to it, and a
// view made private again ends colleagues' subscriptions.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { deleteView, renameView, saveView, shareView, subscribeView } from "@/lib/saved-views/actions";
import { viewsFor } from "@/lib/saved-views/queries";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm, type Action } from "../support/action-calls";
import { signIn } from "../support/import-files";
import { rendered } from "../support/messages";
import { WITH_SECOND_FACTOR } from "../support/second-factor";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let owner: User;
let colleague: User;
let admin: User;

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  owner = await db.user.create({ data: { email: "owner@views.test", name: "Olive Owner", role: "VIEWER", passwordHash } });
  colleague = await db.user.create({ data: { email: "colleague@views.test", name: "Colin Colleague", role: "EDITOR", passwordHash } });
  admin = await db.user.create({ data: { email: "admin@views.test", name: "Ada Admin", role: "ADMIN", passwordHash, ...WITH_SECOND_FACTOR } });
});

beforeEach(async () => {
  await db.savedView.deleteMany();
});

async function as(user: User, action: Action, fields: Record<string, string | number>) {
  signIn(user);
  const { result } = await submitForm(action, formData(fields));
  return { ok: result?.ok, message: rendered(result!.message), result: result!, id: result?.ok ? result.id : undefined };
}

async function save(user: User, name: string, query: string, shared = false) {
  return as(user, saveView, { name, query, ...(shared ? { shared: "on" } : {}) });
}

async function savedId(user: User, name: string) {
  return (await db.savedView.findUniqueOrThrow({ where: { ownerId_name: { ownerId: user.id, name } } })).id;
}

const names = (views: { name: string }[]) => views.map((view) => view.name);

describe("saving the work plan's address", () => {
  it("keeps it in the table's own form, without the page", async () => {
    const saved = await save(owner, "  Peru, approved  ", "?status=approved,in-implementation&proposer=pe&page=3&size=50&group=status");
    expect(saved).toMatchObject({ ok: true, message: 'Saved the view "Peru, approved".' });
    const view = await db.savedView.findUniqueOrThrow({ where: { id: saved.id! } });
    expect(view).toMatchObject({ ownerId: owner.id, name: "Peru, approved", shared: false });
    expect(view.query).toBe("proposer=PE&status=APPROVED,IN_IMPLEMENTATION&group=status&size=50");
  });

  it("takes the form's own fields as the filter bar sends them", async () => {
    const saved = await save(owner, "Due in May", "proposer=PE&proposer=CL&q=&dueMonth=2024-05&coSponsorMatch=any");
    expect(saved.ok).toBe(true);
    expect((await db.savedView.findUniqueOrThrow({ where: { id: saved.id! } })).query).toBe("proposer=PE,CL&due=2024-05");
  });

  it("refuses an address the table could not show, in the table's words, and writes nothing", async () => {
    for (const [query, problem] of [
      ["proposer=ZZ", 'No APEC economy has the code "ZZ"'],
      ["colour=red", "colour"],
      ["q=ports&q=customs", "q"],
      ["due=someday", "someday"],
    ]) {
      const refused = await save(owner, "Broken", query!);
      expect(refused.ok, query).toBe(false);
      expect(refused.message).toBe("This address is not a view of the work plan, so nothing was saved.");
      const problems = refused.result.ok ? [] : (refused.result.fieldErrors?.query ?? []).map((text) => rendered(text));
      expect(problems.join(" "), query).toContain(problem);
    }
    const tooLong = await save(owner, "Long", `q=${"x".repeat(2100)}`);
    expect(tooLong.ok).toBe(false);
    expect(await db.savedView.count()).toBe(0);
  });

  it("needs a name of 1 to 80 characters, unique among the officer's own views", async () => {
    expect((await save(owner, "   ", "")).result).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
    expect((await save(owner, "x".repeat(81), "")).ok).toBe(false);
    expect((await save(owner, "x".repeat(80), "")).ok).toBe(true);

    expect((await save(owner, "Peru", "proposer=PE")).ok).toBe(true);
    const again = await save(owner, "Peru ", "proposer=CL");
    expect(again.ok).toBe(false);
    expect(again.result.ok ? [] : again.result.fieldErrors?.name?.map((text) => rendered(text))).toEqual(['You already have a view named "Peru".']);
    // Another officer's view may have the same name.
    expect((await save(colleague, "Peru", "proposer=PE")).ok).toBe(true);
    expect(await db.savedView.count()).toBe(3);
  });

  it("of two saves under one name at once, one is kept and the other is told the name is taken", async () => {
    signIn(owner);
    const outcomes = await Promise.all(["status=APPROVED", "status=COMPLETED"].map((query) => submitForm(saveView, formData({ name: "Race", query }))));
    expect(outcomes.map((outcome) => outcome.result?.ok).sort()).toEqual([false, true]);
    const lost = outcomes.find((outcome) => !outcome.result?.ok)!.result!;
    expect(lost.ok ? [] : lost.fieldErrors?.name?.map((text) => rendered(text))).toEqual(['You already have a view named "Race".']);
    expect(await db.savedView.count({ where: { ownerId: owner.id, name: "Race" } })).toBe(1);
  });
});

describe("who sees and changes a view", () => {
  it("a private view is the owner's alone; a shared one is listed for colleagues with its owner", async () => {
    await save(owner, "Mine only", "proposer=PE");
    await save(owner, "For everyone", "proposer=CL", true);
    const mine = await viewsFor(owner.id, "en");
    expect(names(mine.mine)).toEqual(["For everyone", "Mine only"]);
    expect(mine.shared).toEqual([]);
    const theirs = await viewsFor(colleague.id, "en");
    expect(theirs.mine).toEqual([]);
    expect(theirs.shared).toMatchObject([
      { name: "For everyone", query: "proposer=CL", shared: true, owner: { id: owner.id, name: "Olive Owner" }, subscribed: false },
    ]);

    const privateId = await savedId(owner, "Mine only");
    for (const [action, fields] of [
      [subscribeView, { id: privateId, subscribed: "true" }],
      [renameView, { id: privateId, name: "Taken over" }],
      [shareView, { id: privateId, shared: "true" }],
      [deleteView, { id: privateId }],
    ] as const) {
      expect(await as(colleague, action, fields)).toMatchObject({ ok: false, message: "This saved view no longer exists, or is not shared with you." });
    }
    // Not even an administrator sees another officer's private view.
    expect(await as(admin, deleteView, { id: privateId })).toMatchObject({ ok: false });
    expect(await db.savedView.findUniqueOrThrow({ where: { id: privateId } })).toMatchObject({ name: "Mine only", shared: false });
    expect(await db.viewSubscription.count()).toBe(0);
  });

  it("only the owner renames, shares or deletes a shared view; an administrator may delete it", async () => {
    await save(owner, "Shared", "proposer=CL", true);
    await save(owner, "Other", "proposer=PE");
    const id = await savedId(owner, "Shared");
    for (const [action, fields] of [
      [renameView, { id, name: "Mine now" }],
      [shareView, { id, shared: "false" }],
      [deleteView, { id }],
    ] as const) {
      expect(await as(colleague, action, fields)).toMatchObject({ ok: false, message: 'Only the officer who saved "Shared" can change it.' });
    }

    expect(await as(owner, renameView, { id, name: "Other" })).toMatchObject({ ok: false });
    expect(await as(owner, renameView, { id, name: " Chile " })).toMatchObject({ ok: true, message: 'The view is now called "Chile".' });
    expect(await as(owner, shareView, { id, shared: "false" })).toMatchObject({ ok: true });
    expect(await as(owner, shareView, { id, shared: "true" })).toMatchObject({ ok: true });
    expect(await as(admin, deleteView, { id })).toMatchObject({ ok: true, message: 'Deleted the view "Chile".' });
    expect(names(await db.savedView.findMany())).toEqual(["Other"]);
    expect(await as(owner, deleteView, { id: await savedId(owner, "Other") })).toMatchObject({ ok: true });
    expect(await db.savedView.count()).toBe(0);
  });
});

describe("subscriptions", () => {
  it("to one's own view and to a shared one; making it private ends colleagues' subscriptions", async () => {
    await save(owner, "Chile", "proposer=CL", true);
    const id = await savedId(owner, "Chile");
    expect(await as(owner, subscribeView, { id, subscribed: "true" })).toMatchObject({ ok: true, message: 'You subscribe to "Chile" now.' });
    expect(await as(colleague, subscribeView, { id, subscribed: "true" })).toMatchObject({ ok: true });
    expect(await as(colleague, subscribeView, { id, subscribed: "true" })).toMatchObject({ ok: true });
    expect(await db.viewSubscription.count({ where: { viewId: id } })).toBe(2);
    expect((await viewsFor(colleague.id, "en")).shared).toMatchObject([{ id, subscribed: true }]);

    expect(await as(colleague, subscribeView, { id, subscribed: "false" })).toMatchObject({ ok: true, message: 'You no longer subscribe to "Chile".' });
    expect((await viewsFor(colleague.id, "en")).shared).toMatchObject([{ id, subscribed: false }]);
    await as(colleague, subscribeView, { id, subscribed: "true" });

    await as(owner, shareView, { id, shared: "false" });
    expect(await db.viewSubscription.findMany({ where: { viewId: id }, select: { userId: true } })).toEqual([{ userId: owner.id }]);
    expect((await viewsFor(colleague.id, "en")).shared).toEqual([]);
  });

  it("and every other change to a view, are kept in the audit trail under the view", async () => {
    await save(owner, "Chile", "proposer=CL", true);
    const id = await savedId(owner, "Chile");
    await as(colleague, subscribeView, { id, subscribed: "true" });
    await as(colleague, subscribeView, { id, subscribed: "true" });
    await as(owner, renameView, { id, name: "Chile's" });
    await as(owner, shareView, { id, shared: "false" });
    await as(owner, shareView, { id, shared: "false" });
    await as(owner, deleteView, { id });
    const events = await db.auditEvent.findMany({ where: { entityType: "SavedView", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.userId, rendered(event.summary)])).toEqual([
      ["view.create", owner.id, 'Saved the view "Chile"'],
      ["view.subscribe", colleague.id, 'Subscribed to the view "Chile"'],
      ["view.update", owner.id, 'Renamed the view "Chile" to "Chile\'s"'],
      ["view.update", owner.id, "Made the view \"Chile's\" private, ending 1 colleague's subscription"],
      ["view.delete", owner.id, 'Deleted the view "Chile\'s"'],
    ]);
    expect(rendered(events[3]!.summary, "zh-TW")).toBe("將檢視「Chile's」改為私人，並結束 1 位同仁的訂閱");
  });

  it("go with their view when it is deleted", async () => {
    await save(owner, "Chile", "proposer=CL", true);
    const id = await savedId(owner, "Chile");
    await as(colleague, subscribeView, { id, subscribed: "true" });
    await as(owner, deleteView, { id });
    expect(await db.viewSubscription.count()).toBe(0);
    expect(await as(colleague, subscribeView, { id, subscribed: "true" })).toMatchObject({
      ok: false,
      message: "This saved view no longer exists, or is not shared with you.",
    });
  });
});
