// The bar each timeline row draws: the item's expected period when it has one, otherwise its first
// milestone's first day to its last one's last day, counting milestones outside the period shown.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { timelineOfPeriod } from "@/lib/milestones/views";
import { seedDatabase } from "@/prisma/seed/seed";

const TODAY = "2024-06-15";

beforeAll(async () => {
  await seedDatabase(db);
});

describe("a timeline row's bar", () => {
  it("spans the item's milestones, all of them, when it has no expected period", async () => {
    const timeline = await timelineOfPeriod({}, "2024-01-01", "2024-12-31", 100, TODAY);
    expect(timeline.rows.length).toBeGreaterThan(0);
    for (const row of timeline.rows) {
      const dated = await db.milestone.findMany({ where: { itemId: row.item.id, dueStart: { not: null } }, select: { dueStart: true, dueEnd: true } });
      const item = await db.item.findUniqueOrThrow({ where: { id: row.item.id }, select: { expectedStart: true, expectedEnd: true } });
      if (item.expectedStart && item.expectedEnd) {
        expect(row.span).toEqual({ start: item.expectedStart, end: item.expectedEnd, source: "expected" });
      } else {
        expect(row.span).toEqual({
          start: dated.map((m) => m.dueStart!).sort()[0],
          end: dated
            .map((m) => m.dueEnd!)
            .sort()
            .at(-1),
          source: "milestones",
        });
      }
    }
  });

  it("spans the expected period once both its ends are set, and not with one end alone", async () => {
    const [first, second] = (await timelineOfPeriod({}, "2024-01-01", "2024-12-31", 100, TODAY)).rows;
    await db.item.update({ where: { id: first!.item.id }, data: { expectedStart: "2023-07-01", expectedEnd: "2025-06-30" } });
    await db.item.update({ where: { id: second!.item.id }, data: { expectedStart: "2023-07-01", expectedEnd: null } });
    const rows = new Map((await timelineOfPeriod({}, "2024-01-01", "2024-12-31", 100, TODAY)).rows.map((row) => [row.item.id, row.span]));
    expect(rows.get(first!.item.id)).toEqual({ start: "2023-07-01", end: "2025-06-30", source: "expected" });
    expect(rows.get(second!.item.id)).toEqual(second!.span);
    expect(second!.span?.source).toBe("milestones");
  });
});
