// An officer follows what their economy (their own, else the office's) proposes or co-sponsors,
// unless they unfollowed it, and whatever else they chose to follow. A row is kept only where the
// choice differs from that default, so following back an item of the economy goes back to the
// default, and the state every reader sees (followStates, followedItemsWhere) is the same.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { setFollow } from "@/lib/follows/actions";
import { followedItemsWhere, followStates } from "@/lib/follows/queries";
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

let officer: User; // a viewer with no economy of their own: the office's, the United States
let japanDesk: User; // follows Japan's items by their own economy
let loner: User; // no economy of their own, in an office that has none either

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  officer = await db.user.create({ data: { email: "mei@follows.test", name: "Mei Lin", role: "VIEWER", passwordHash } });
  japanDesk = await db.user.create({ data: { email: "kenji@follows.test", name: "Kenji", role: "EDITOR", passwordHash, economyCode: "JP" } });
  loner = await db.user.create({ data: { email: "lone@follows.test", name: "Lone", role: "EDITOR", passwordHash } });
});

beforeEach(async () => {
  await db.itemFollow.deleteMany();
  await db.office.upsert({ where: { id: 1 }, create: { id: 1, economyCode: "US" }, update: { economyCode: "US" } });
});

const live = { archivedAt: null };

function proposedBy(code: string) {
  return db.item.findFirstOrThrow({ where: { ...live, proposerCode: code }, orderBy: { id: "asc" } });
}

function coSponsoredBy(code: string) {
  return db.item.findFirstOrThrow({
    where: { ...live, proposerCode: { not: code }, coSponsorships: { some: { economyCode: code, withdrawnOn: null } } },
    orderBy: { id: "asc" },
  });
}

/** An item the economy has no part in. */
function outsideOf(code: string) {
  return db.item.findFirstOrThrow({ where: { ...live, proposerCode: { not: code }, coSponsorships: { none: { economyCode: code } } }, orderBy: { id: "asc" } });
}

async function follow(user: User, itemId: number, following: boolean) {
  signIn(user);
  return (await submitForm(setFollow, formData({ itemId, following: String(following) }))).result;
}

async function stateOf(user: User, itemId: number) {
  return (await followStates(user.id, [itemId])).get(itemId);
}

async function followedIds(user: User, economyCode: string | null) {
  const rows = await db.item.findMany({ where: followedItemsWhere(user.id, economyCode), select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

const rowOf = (user: User, itemId: number) => db.itemFollow.findUnique({ where: { userId_itemId: { userId: user.id, itemId } } });

describe("by default", () => {
  it("an officer without an economy of their own follows what the office's economy proposes or co-sponsors", async () => {
    const [proposed, coSponsored, outside] = [await proposedBy("US"), await coSponsoredBy("US"), await outsideOf("US")];
    const states = await followStates(officer.id, [proposed.id, coSponsored.id, outside.id]);
    expect(states.get(proposed.id)).toEqual({ following: true, byDefault: true });
    expect(states.get(coSponsored.id)).toEqual({ following: true, byDefault: true });
    expect(states.get(outside.id)).toEqual({ following: false, byDefault: false });
  });

  it("an officer's own economy comes before the office's", async () => {
    const [japanese, american] = [await proposedBy("JP"), await outsideOf("JP")];
    expect(await stateOf(japanDesk, japanese.id)).toEqual({ following: true, byDefault: true });
    expect(await stateOf(japanDesk, american.id)).toEqual({ following: false, byDefault: false });
  });

  it("nothing is followed by default when neither the officer nor the office names an economy", async () => {
    await db.office.update({ where: { id: 1 }, data: { economyCode: null } });
    const item = await proposedBy("US");
    expect(await stateOf(loner, item.id)).toEqual({ following: false, byDefault: false });
    expect(await followedIds(loner, null)).toEqual(new Set());
  });
});

describe("following and unfollowing", () => {
  it("unfollowing an item of the economy stores the choice; following it back returns to the default", async () => {
    const item = await coSponsoredBy("US");
    const unfollowed = await follow(officer, item.id, false);
    expect(unfollowed).toMatchObject({ ok: true, id: item.id });
    expect(rendered(unfollowed!.message)).toBe("You no longer follow this item.");
    expect(await rowOf(officer, item.id)).toMatchObject({ following: false });
    expect(await stateOf(officer, item.id)).toEqual({ following: false, byDefault: true });
    expect((await followedIds(officer, "US")).has(item.id)).toBe(false);

    expect(await follow(officer, item.id, true)).toMatchObject({ ok: true });
    expect(await rowOf(officer, item.id)).toBeNull();
    expect(await stateOf(officer, item.id)).toEqual({ following: true, byDefault: true });
    expect((await followedIds(officer, "US")).has(item.id)).toBe(true);
  });

  it("following another item stores it, and unfollowing it leaves no row", async () => {
    const item = await outsideOf("US");
    expect(await follow(officer, item.id, true)).toMatchObject({ ok: true });
    expect(await rowOf(officer, item.id)).toMatchObject({ following: true });
    expect(await stateOf(officer, item.id)).toEqual({ following: true, byDefault: false });
    expect((await followedIds(officer, "US")).has(item.id)).toBe(true);
    // Only the officer follows it, not a colleague.
    expect(await stateOf(loner, item.id)).toEqual({ following: false, byDefault: false });

    expect(await follow(officer, item.id, false)).toMatchObject({ ok: true });
    expect(await rowOf(officer, item.id)).toBeNull();
    expect(await stateOf(officer, item.id)).toEqual({ following: false, byDefault: false });
  });

  it("an item followed by choice stays followed when the economy later takes part in it, and unfollowed stays unfollowed", async () => {
    const [chosen, dropped] = [await outsideOf("US"), await proposedBy("US")];
    await follow(officer, chosen.id, true);
    await follow(officer, dropped.id, false);
    // The office's economy changes: the officer's choices hold whatever the default says now.
    await db.office.update({ where: { id: 1 }, data: { economyCode: chosen.proposerCode } });
    expect(await stateOf(officer, chosen.id)).toEqual({ following: true, byDefault: true });
    expect(await stateOf(officer, dropped.id)).toMatchObject({ following: false });
  });

  it("saying twice what is already so changes nothing, and the audit trail keeps each change once", async () => {
    const [own, other] = [await proposedBy("US"), await outsideOf("US")];
    const events = () => db.auditEvent.findMany({ where: { action: "follow.set", userId: officer.id }, orderBy: { id: "asc" } });
    const before = (await events()).length;
    expect(await follow(officer, own.id, true)).toMatchObject({ ok: true });
    expect(await follow(officer, other.id, false)).toMatchObject({ ok: true });
    expect(await db.itemFollow.count()).toBe(0);
    await follow(officer, other.id, true);
    await follow(officer, other.id, true);
    expect(await db.itemFollow.count()).toBe(1);
    const recorded = (await events()).slice(before);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ entityType: "ItemFollow", entityId: `${officer.id}:${other.id}`, itemId: null });
    expect(rendered(recorded[0]!.summary)).toBe(`Followed "${other.titleEn}"`);
    expect(JSON.parse(recorded[0]!.after!)).toEqual({ itemId: other.id, following: true });
  });

  it("one read tells a whole page of rows, the same as the followed-items condition", async () => {
    const page = await db.item.findMany({ where: live, orderBy: { id: "asc" }, take: 40, select: { id: true } });
    await follow(officer, (await outsideOf("US")).id, true);
    await follow(officer, (await coSponsoredBy("US")).id, false);
    const states = await followStates(
      officer.id,
      page.map((row) => row.id),
    );
    const followed = await followedIds(officer, "US");
    for (const { id } of page) expect(states.get(id)!.following, `item ${id}`).toBe(followed.has(id));
  });
});

describe("refused, and nothing written", () => {
  it("an item that does not exist", async () => {
    const result = await follow(officer, 999_999, true);
    expect(result).toMatchObject({ ok: false });
    expect(rendered(result!.message)).toMatch(/no longer exists/);
    expect(await db.itemFollow.count()).toBe(0);
  });

  it("a forged choice, or no item", async () => {
    signIn(officer);
    const item = await outsideOf("US");
    const forged = await submitForm(setFollow, formData({ itemId: item.id, following: "maybe" }));
    const errors = forged.result && !forged.result.ok ? forged.result.fieldErrors?.following : undefined;
    expect(errors?.map((message) => rendered(message))).toEqual(["Say whether to follow the item or not."]);
    const noItem = await submitForm(setFollow, formData({ itemId: "0x1", following: "true" }));
    expect(noItem.result?.ok).toBe(false);
    expect(await db.itemFollow.count()).toBe(0);
  });

  it("a visitor who is not signed in", async () => {
    signIn(null);
    const item = await outsideOf("US");
    expect((await submitForm(setFollow, formData({ itemId: item.id, following: "true" }))).result?.ok).toBe(false);
    expect(await db.itemFollow.count()).toBe(0);
  });
});
