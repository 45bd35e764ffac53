import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { msg } from "@/lib/i18n/message";
import { getMeetingBrief } from "@/lib/meetings/brief";
import { seedDatabase } from "@/prisma/seed/seed";

let sccp2Id: number;
let womenId: number;

beforeAll(async () => {
  await seedDatabase(db);
  const sccp = await db.forum.findUniqueOrThrow({ where: { code: "SCCP" } });
  const women = await db.item.findUniqueOrThrow({ where: { seedKey: "sccp-2024-S3" } });
  womenId = women.id;
  const sccp2 = await db.meeting.create({
    data: {
      name: "Second SCCP meeting of 2024",
      shortName: "SCCP2 2024",
      forumId: sccp.id,
      startDate: "2024-08-12",
      endDate: "2024-08-13",
      items: { create: [{ itemId: women.id, note: "Peru to report the preliminary report." }] },
    },
  });
  sccp2Id = sccp2.id;
  const event = (at: string, summary: string) => ({
    at: new Date(at),
    action: "cosponsor.add",
    entityType: "CoSponsorship",
    entityId: `${women.id}:JP`,
    itemId: women.id,
    summary,
  });
  await db.auditEvent.createMany({
    data: [
      event("2024-02-20T10:00:00Z", msg("audit.coSponsorAdded", { economy: "Before SCCP1", economyZh: "x" })),
      event("2024-03-15T10:00:00Z", msg("audit.coSponsorAdded", { economy: "Japan", economyZh: "日本" })),
      event("2024-08-20T10:00:00Z", msg("audit.coSponsorAdded", { economy: "After SCCP2", economyZh: "y" })),
    ],
  });
});

describe("the meeting brief", () => {
  it("lists each item reported, with proposer, co-sponsors and milestones in time order", async () => {
    const brief = await getMeetingBrief(sccp2Id, new Date("2024-09-01T00:00:00Z"));
    expect(brief?.items.map((entry) => entry.item.titleEn)).toEqual(["Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators"]);
    const [entry] = brief!.items;
    expect(entry?.item.proposer.code).toBe("PE");
    expect(entry?.item.coSponsorships.map((c) => c.economy.code)).toEqual(["AU", "CL", "NZ", "US"]);
    expect(entry?.item.milestones.map((m) => m.title)).toEqual([
      "Preliminary report",
      "Virtual workshop",
      "Best-practice and management-indicator handbook",
      "Completion report to the APEC Secretariat",
    ]);
    expect(entry?.note).toBe("Peru to report the preliminary report.");
  });

  it("shows what changed since the previous meeting of the forum, and nothing from before or after", async () => {
    const brief = await getMeetingBrief(sccp2Id, new Date("2024-09-01T00:00:00Z"));
    expect(brief?.previous?.shortName).toBe("SCCP1 2024");
    expect(brief?.items[0]?.changes.map((change) => change.summary)).toEqual([msg("audit.coSponsorAdded", { economy: "Japan", economyZh: "日本" })]);
  });

  it("counts only meetings of the forum, not a workshop held alongside, and says when there is none", async () => {
    const sccp1 = await db.meeting.findUniqueOrThrow({ where: { seedKey: "sccp-2024-sccp1" } });
    expect((await getMeetingBrief(sccp1.id))?.previous).toBeNull();
    const workshop = await db.meeting.findUniqueOrThrow({ where: { seedKey: "sccp-2024-workshop-exporting-entrepreneurship" } });
    const first = await getMeetingBrief(workshop.id);
    expect(first?.previous).toBeNull();
    expect(first?.items.every((entry) => entry.changes.length === 0)).toBe(true);
    expect(await getMeetingBrief(999_999)).toBeNull();
    expect(womenId).toBeGreaterThan(0);
  });
});

describe("the brief's window on the officers' calendar", () => {
  it("runs from the end of the previous meeting's last day to the start of this one's, in their time zone", async () => {
    const before = process.env.APP_TIME_ZONE;
    process.env.APP_TIME_ZONE = "Asia/Taipei";
    try {
      // 07:00 on 29 Feb in Taipei, the day after SCCP1 ended: inside the window.
      await db.auditEvent.create({
        data: {
          at: new Date("2024-02-28T23:00:00Z"),
          action: "cosponsor.add",
          entityType: "CoSponsorship",
          entityId: `${womenId}:SG`,
          itemId: womenId,
          summary: msg("audit.coSponsorAdded", { economy: "Singapore", economyZh: "新加坡" }),
        },
      });
      // 07:00 on 12 Aug in Taipei, SCCP2's first day: outside it.
      await db.auditEvent.create({
        data: {
          at: new Date("2024-08-11T23:00:00Z"),
          action: "cosponsor.add",
          entityType: "CoSponsorship",
          entityId: `${womenId}:TH`,
          itemId: womenId,
          summary: msg("audit.coSponsorAdded", { economy: "Thailand", economyZh: "泰國" }),
        },
      });
      const summaries = (await getMeetingBrief(sccp2Id, new Date("2024-09-01T00:00:00Z")))!.items[0]!.changes.map((change) => change.summary);
      expect(summaries).toContain(msg("audit.coSponsorAdded", { economy: "Singapore", economyZh: "新加坡" }));
      expect(summaries).not.toContain(msg("audit.coSponsorAdded", { economy: "Thailand", economyZh: "泰國" }));
    } finally {
      process.env.APP_TIME_ZONE = before;
    }
  });
});
