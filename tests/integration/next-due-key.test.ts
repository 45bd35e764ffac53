// The work plan sorts by each item's next open milestone through a key stored on the item
// (lib/milestones/next-due-sql.ts). Whatever sequence of milestone writes an officer or an import
// makes (add, change, complete, remove, reorder), the stored key must equal the one computed from
// the milestones as they are, and the table's order by it must match the order computed here.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db/write";
import { matchingItemIds } from "@/lib/items/queries";
import { addMilestone, changeMilestoneFields, completeMilestone, deleteMilestone, moveMilestone } from "@/lib/milestones/mutations";
import { refreshAllNextDue } from "@/lib/milestones/next-due-sql";
import { milestoneFieldsSchema } from "@/lib/milestones/schema";
import { seedDatabase } from "@/prisma/seed/seed";

vi.mock("server-only", () => ({}));

let actor: { id: number };
let itemIds: number[];

beforeAll(async () => {
  await seedDatabase(db);
  // The seed loads milestones directly; the bulk refresh is what a load does afterwards.
  await refreshAllNextDue(db);
  actor = await db.user.create({ data: { email: "next-due@key.test", name: "Nell Next", role: "EDITOR", passwordHash: "not-for-signing-in" } });
  itemIds = (await db.item.findMany({ where: { archivedAt: null }, select: { id: true }, orderBy: { id: "asc" }, take: 3 })).map((item) => item.id);
});

/** The key as the table defines it, computed here from the item's milestones. */
async function expectedKey(itemId: number): Promise<string | null> {
  const open = await db.milestone.findMany({ where: { itemId, status: { in: ["PLANNED", "LATE"] } }, select: { dueEnd: true, precision: true } });
  const keys = open.map((m) => (m.dueEnd !== null ? `0${m.dueEnd}` : m.precision === "UNDATED" ? "2" : "1")).sort();
  return keys[0] ?? null;
}

async function storedKey(itemId: number): Promise<string | null> {
  return (await db.item.findUniqueOrThrow({ where: { id: itemId }, select: { nextDueKey: true } })).nextDueKey;
}

const fieldsArbitrary = fc
  .record({
    due: fc.constantFrom("", "2025-03", "2025-03-14", "2026-Q2", "2027", "2024-11-30"),
    anchor: fc.constantFrom("", "SOM1 2025"),
    status: fc.constantFrom("PLANNED", "LATE", "DONE", "CANCELLED"),
  })
  .map(({ due, anchor, status }) =>
    milestoneFieldsSchema.parse({ title: "Property milestone", due: anchor ? "" : due, anchor, status, completedOn: status === "DONE" ? "2025-01-02" : "" }),
  );

type Operation =
  | { kind: "add"; item: number; fields: ReturnType<typeof milestoneFieldsSchema.parse> }
  | { kind: "change"; pick: number; fields: ReturnType<typeof milestoneFieldsSchema.parse> }
  | { kind: "complete"; pick: number }
  | { kind: "delete"; pick: number }
  | { kind: "move"; pick: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), item: fc.nat(2), fields: fieldsArbitrary }),
  fc.record({ kind: fc.constant("change" as const), pick: fc.nat(), fields: fieldsArbitrary }),
  fc.record({ kind: fc.constant("complete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat() }),
);

async function apply(op: Operation): Promise<void> {
  if (op.kind === "add") {
    await writeTransaction((tx) => addMilestone(tx, actor, { itemId: itemIds[op.item]!, fields: op.fields }));
    return;
  }
  const milestones = await db.milestone.findMany({ where: { itemId: { in: itemIds } }, orderBy: { id: "asc" } });
  if (milestones.length === 0) return;
  const target = milestones[op.pick % milestones.length]!;
  switch (op.kind) {
    case "change": {
      const { completedOn, ...data } = op.fields;
      await writeTransaction((tx) =>
        changeMilestoneFields(tx, actor, {
          id: target.id,
          version: target.version,
          data: { ...data, completedOn: completedOn ?? null },
          before: {},
          after: data,
        }),
      );
      return;
    }
    case "complete":
      if (target.status !== "DONE") await writeTransaction((tx) => completeMilestone(tx, actor, { id: target.id, version: target.version, completedOn: null }));
      return;
    case "delete":
      await writeTransaction((tx) => deleteMilestone(tx, actor, { id: target.id, version: target.version }));
      return;
    case "move": {
      const other = milestones.find((m) => m.itemId === target.itemId && m.id !== target.id);
      // Only neighbours that share a date may swap; a refused move changes nothing, which is fine here.
      if (other) await writeTransaction((tx) => moveMilestone(tx, actor, { id: target.id, otherId: other.id })).catch(() => undefined);
    }
  }
}

describe("the stored next-milestone key", () => {
  it("the seed's items, once refreshed, carry the key their milestones give", async () => {
    const items = await db.item.findMany({ select: { id: true, nextDueKey: true } });
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item.nextDueKey, `item ${item.id}`).toBe(await expectedKey(item.id));
    expect(items.some((item) => item.nextDueKey === null)).toBe(true);
  });

  it("stays equal to the milestones' own after any sequence of milestone writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        for (const op of operations) {
          await apply(op);
          for (const itemId of itemIds) expect(await storedKey(itemId), `${op.kind} on item ${itemId}`).toBe(await expectedKey(itemId));
        }
      }),
      { numRuns: 25 },
    );
  });

  it("orders the table: dated first by their last day, then anchored without days, then undated, then nothing open", async () => {
    const ids = await matchingItemIds({ sort: [{ column: "nextMilestone", desc: false }] }, "en", "2025-01-01");
    const keys = await Promise.all(ids.map(expectedKey));
    const seen = keys.map((key) => key ?? "\u{10FFFF}");
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
