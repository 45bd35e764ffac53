// Our economy's position on an item: every rule of the write layer and its audit event, through
// the server actions as a form posts them. The office's economy is set by the test where a rule
// needs it, as an administrator would.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { itemHistory } from "@/lib/audit/queries";
import { hashPassword } from "@/lib/auth/password";
import { addCoSponsor } from "@/lib/co-sponsors/actions";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { clearPosition, setPosition } from "@/lib/positions/actions";
import { positionView } from "@/lib/positions/queries";
import { positionToFormValues } from "@/lib/positions/schema";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm } from "../support/action-calls";
import { signIn } from "../support/import-files";
import { rendered } from "../support/messages";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const OURS = "CT";
let editor: User;
let colleague: User;
let viewer: User;
/** Items proposed by another economy, each used by one test so none depends on another's. */
let items: number[];
let ownProposal: number;

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  editor = await db.user.create({ data: { email: "editor@positions.test", name: "Eda Editor", role: "EDITOR", passwordHash } });
  colleague = await db.user.create({ data: { email: "colleague@positions.test", name: "Colm Colleague", role: "EDITOR", passwordHash } });
  viewer = await db.user.create({ data: { email: "viewer@positions.test", name: "Vi Viewer", role: "VIEWER", passwordHash } });
  const forum = await db.forum.findFirstOrThrow({ where: { code: "SCCP" } });
  const make = (proposerCode: string, n: number) =>
    db.item.create({
      data: { kind: "INITIATIVE", forumId: forum.id, year: 2024, titleEn: `Position test item ${proposerCode} ${n}`, proposerCode, status: "PROPOSED" },
    });
  items = [];
  for (let n = 0; n < 12; n++) items.push((await make("PE", n)).id);
  ownProposal = (await make(OURS, 0)).id;
});

async function setOffice(code: string | null) {
  await db.office.upsert({ where: { id: 1 }, create: { id: 1, economyCode: code }, update: { economyCode: code } });
}

/** The form as it opens on the item page now. */
async function openForm(itemId: number) {
  const position = await db.itemPosition.findUnique({ where: { itemId } });
  const values = positionToFormValues(position);
  return { values, version: position?.version ?? 0, original: JSON.stringify(values) };
}

async function save(itemId: number, form: Awaited<ReturnType<typeof openForm>>, changes: Record<string, string>) {
  const { result } = await submitForm(setPosition, formData({ ...form.values, ...changes, id: itemId, version: form.version, original: form.original }));
  return result!;
}

const eventsOf = (itemId: number, action: string) => db.auditEvent.findMany({ where: { itemId, action }, orderBy: { id: "asc" } });

describe("recording a position", () => {
  it("is refused while the office has no economy, with a message that says so", async () => {
    await setOffice(null);
    signIn(editor);
    const result = await save(items[0]!, await openForm(items[0]!), { stance: "CONSIDERING" });
    expect(result.ok).toBe(false);
    expect(rendered(result.message)).toMatch(/No office economy is set/);
    expect(await db.itemPosition.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "position.set" } })).toBe(0);
    await setOffice(OURS);
  });

  it("records the stance, deadline, who decided and a note, with an audit event on the item", async () => {
    signIn(editor);
    const itemId = items[1]!;
    const result = await save(itemId, await openForm(itemId), {
      stance: "CONSIDERING",
      deadline: "2024-03-15",
      decidedBy: "Director-General Lee",
      note: "Ask MOF",
    });
    expect(result).toMatchObject({ ok: true, id: itemId });
    expect(rendered(result.message)).toBe("Position saved.");
    const row = await db.itemPosition.findUniqueOrThrow({ where: { itemId } });
    expect(row).toMatchObject({
      stance: "CONSIDERING",
      deadline: "2024-03-15",
      decidedBy: "Director-General Lee",
      note: "Ask MOF",
      updatedById: editor.id,
      version: 1,
    });
    const [event] = await eventsOf(itemId, "position.set");
    expect(event).toMatchObject({ userId: editor.id, entityType: "ItemPosition", entityId: String(itemId), itemId });
    expect(JSON.parse(event!.after!)).toEqual({ stance: "CONSIDERING", deadline: "2024-03-15", decidedBy: "Director-General Lee", note: "Ask MOF" });
    expect(rendered(event!.summary)).toBe("Recorded our position (Chinese Taipei): considering co-sponsorship");
    expect(rendered(event!.summary, "zh-TW")).toBe("記錄我方立場（中華臺北）：考慮連署");
    // The item's history shows it.
    expect((await itemHistory(itemId)).some((entry) => entry.action === "position.set")).toBe(true);
  });

  it("changes it, recording only the fields that changed", async () => {
    signIn(editor);
    const itemId = items[2]!;
    await save(itemId, await openForm(itemId), { stance: "CONSIDERING", deadline: "2024-03-15" });
    const result = await save(itemId, await openForm(itemId), { stance: "WILL_COSPONSOR" });
    expect(result.ok).toBe(true);
    const events = await eventsOf(itemId, "position.set");
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[1]!.before!)).toEqual({ stance: "CONSIDERING" });
    expect(JSON.parse(events[1]!.after!)).toEqual({ stance: "WILL_COSPONSOR" });
    expect(rendered(events[1]!.summary)).toBe("Changed our position (Chinese Taipei) to: will co-sponsor");
    expect(await db.itemPosition.findUniqueOrThrow({ where: { itemId } })).toMatchObject({ stance: "WILL_COSPONSOR", deadline: "2024-03-15", version: 2 });
  });

  it("refuses a save that changes nothing, and writes no event", async () => {
    signIn(editor);
    const itemId = items[3]!;
    await save(itemId, await openForm(itemId), { stance: "DECLINED" });
    const result = await save(itemId, await openForm(itemId), {});
    expect(result.ok).toBe(false);
    expect(rendered(result.message)).toMatch(/Nothing changed/);
    expect(await eventsOf(itemId, "position.set")).toHaveLength(1);
  });

  it("refuses an item our own economy proposes", async () => {
    signIn(editor);
    const result = await save(ownProposal, await openForm(ownProposal), { stance: "WILL_COSPONSOR" });
    expect(result.ok).toBe(false);
    expect(rendered(result.message)).toBe("Chinese Taipei proposes this item. An economy takes no position on co-sponsoring its own proposal.");
    expect(await db.itemPosition.findUnique({ where: { itemId: ownProposal } })).toBeNull();
  });

  it("refuses an archived item, both to record and to clear", async () => {
    signIn(editor);
    const itemId = items[4]!;
    await save(itemId, await openForm(itemId), { stance: "CONSIDERING" });
    await db.item.update({ where: { id: itemId }, data: { archivedAt: new Date("2024-06-01T00:00:00Z") } });
    const result = await save(itemId, await openForm(itemId), { stance: "DECLINED" });
    expect(rendered(result.message)).toMatch(/archived/);
    const cleared = (await submitForm(clearPosition, formData({ id: itemId, version: 1 }))).result!;
    expect(rendered(cleared.message)).toMatch(/archived/);
    expect(await db.itemPosition.findUniqueOrThrow({ where: { itemId } })).toMatchObject({ stance: "CONSIDERING", version: 1 });
    expect(await eventsOf(itemId, "position.clear")).toHaveLength(0);
  });

  it("is refused to a viewer", async () => {
    signIn(viewer);
    const itemId = items[5]!;
    const result = await save(itemId, await openForm(itemId), { stance: "CONSIDERING" });
    expect(result.ok).toBe(false);
    expect(await db.itemPosition.findUnique({ where: { itemId } })).toBeNull();
  });

  it("says on the field what is wrong with a stance, a deadline or a long note, and writes nothing", async () => {
    signIn(editor);
    const itemId = items[5]!;
    const form = await openForm(itemId);
    const result = await save(itemId, form, { stance: "MAYBE", deadline: "15/03/2024", note: "x".repeat(2001) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(rendered(result.fieldErrors!.stance![0]!)).toBe("Choose a position.");
    expect(rendered(result.fieldErrors!.deadline![0]!)).toBe("Write the deadline as a day: YYYY-MM-DD.");
    expect(rendered(result.fieldErrors!.note![0]!)).toBe("The note takes up to 2,000 characters.");
    expect(await db.itemPosition.findUnique({ where: { itemId } })).toBeNull();
  });

  it("leaves co-sponsorships alone, and the panel says how they stand", async () => {
    signIn(editor);
    const itemId = items[6]!;
    await save(itemId, await openForm(itemId), { stance: "WILL_COSPONSOR" });
    expect(await db.coSponsorship.count({ where: { itemId } })).toBe(0);
    expect((await positionView(itemId))!.coSponsorship).toBeNull();
    await submitForm(addCoSponsor, formData({ itemId, economyCode: OURS, joinedOn: "2024-02-27" }));
    const view = (await positionView(itemId))!;
    expect(view.coSponsorship).toEqual({ joinedOn: "2024-02-27", withdrawnOn: null });
    expect(view.position).toMatchObject({ stance: "WILL_COSPONSOR", updatedBy: { name: "Eda Editor" } });
    // Declining afterwards does not withdraw the co-sponsorship either.
    await save(itemId, await openForm(itemId), { stance: "DECLINED" });
    expect(await db.coSponsorship.findMany({ where: { itemId }, select: { economyCode: true, withdrawnOn: true } })).toEqual([
      { economyCode: OURS, withdrawnOn: null },
    ]);
  });
});

describe("two officers at once", () => {
  it("merges a save made from an older version when the two changed different fields", async () => {
    const itemId = items[7]!;
    signIn(editor);
    await save(itemId, await openForm(itemId), { stance: "CONSIDERING", deadline: "2024-03-15" });
    const mine = await openForm(itemId);
    signIn(colleague);
    expect((await save(itemId, await openForm(itemId), { note: "Customs agrees" })).ok).toBe(true);
    signIn(editor);
    const result = await save(itemId, mine, { deadline: "2024-04-01" });
    expect(result).toMatchObject({ ok: true, merged: true });
    expect(rendered(result.message)).toMatch(/colleague's change to other fields was kept/);
    expect(await db.itemPosition.findUniqueOrThrow({ where: { itemId } })).toMatchObject({ deadline: "2024-04-01", note: "Customs agrees", version: 3 });
  });

  it("returns the conflict to decide when both changed the same field differently, and writes nothing", async () => {
    const itemId = items[8]!;
    signIn(editor);
    await save(itemId, await openForm(itemId), { stance: "CONSIDERING" });
    const mine = await openForm(itemId);
    signIn(colleague);
    await save(itemId, await openForm(itemId), { stance: "DECLINED" });
    signIn(editor);
    const result = await save(itemId, mine, { stance: "WILL_COSPONSOR" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict).toMatchObject({ savedVersion: 2, fields: [{ name: "stance", yours: "WILL_COSPONSOR", saved: "DECLINED" }] });
    expect(await db.itemPosition.findUniqueOrThrow({ where: { itemId } })).toMatchObject({ stance: "DECLINED", version: 2 });
    expect(await eventsOf(itemId, "position.set")).toHaveLength(2);
  });

  it("treats a position recorded meanwhile on a blank form like any other colleague's change", async () => {
    const itemId = items[9]!;
    signIn(editor);
    const blank = await openForm(itemId);
    signIn(colleague);
    await save(itemId, await openForm(itemId), { stance: "NOT_RELEVANT" });
    signIn(editor);
    const result = await save(itemId, blank, { stance: "CONSIDERING" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict?.fields.map((field) => field.name)).toEqual(["stance"]);
  });

  it("refuses a save on a position a colleague cleared meanwhile", async () => {
    const itemId = items[10]!;
    signIn(editor);
    await save(itemId, await openForm(itemId), { stance: "CONSIDERING" });
    const mine = await openForm(itemId);
    signIn(colleague);
    expect((await submitForm(clearPosition, formData({ id: itemId, version: 1 }))).result!.ok).toBe(true);
    signIn(editor);
    const result = await save(itemId, mine, { note: "Still thinking" });
    expect(rendered(result.message)).toMatch(/cleared this position/);
    expect(await db.itemPosition.findUnique({ where: { itemId } })).toBeNull();
  });
});

describe("clearing a position", () => {
  it("removes it with an audit event that keeps what it was, and refuses a stale or missing one", async () => {
    const itemId = items[11]!;
    signIn(editor);
    await save(itemId, await openForm(itemId), { stance: "WILL_COSPONSOR", decidedBy: "Deputy DG" });
    await save(itemId, await openForm(itemId), { stance: "DECLINED" });
    const stale = (await submitForm(clearPosition, formData({ id: itemId, version: 1 }))).result!;
    expect(rendered(stale.message)).toMatch(/changed this position after you opened the page/);
    expect(await db.itemPosition.findUnique({ where: { itemId } })).not.toBeNull();

    const result = (await submitForm(clearPosition, formData({ id: itemId, version: 2 }))).result!;
    expect(result).toMatchObject({ ok: true });
    expect(rendered(result.message)).toBe("Position cleared.");
    expect(await db.itemPosition.findUnique({ where: { itemId } })).toBeNull();
    const [event] = await eventsOf(itemId, "position.clear");
    expect(event).toMatchObject({ userId: editor.id, entityType: "ItemPosition", itemId });
    expect(JSON.parse(event!.before!)).toEqual({ stance: "DECLINED", deadline: null, decidedBy: "Deputy DG", note: null });
    expect(rendered(event!.summary)).toBe("Cleared our position (it was: declined to co-sponsor)");

    const again = (await submitForm(clearPosition, formData({ id: itemId, version: 2 }))).result!;
    expect(rendered(again.message)).toBe("This item has no position to clear.");
    expect(await eventsOf(itemId, "position.clear")).toHaveLength(1);
  });

  it("is refused to a viewer", async () => {
    const itemId = items[1]!;
    signIn(viewer);
    const result = (await submitForm(clearPosition, formData({ id: itemId, version: 1 }))).result!;
    expect(result.ok).toBe(false);
    expect(await db.itemPosition.findUnique({ where: { itemId } })).not.toBeNull();
  });
});
