// The seed's facts, read back through the same queries the pages use.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { db } from "@/lib/db";
import { getEconomyProfile, listEconomies, listEconomiesWithCounts } from "@/lib/economies/queries";
import { getItem, listItems, workPlanCounts } from "@/lib/items/queries";
import { getMeeting, listMeetings } from "@/lib/meetings/queries";
import { formatDue } from "@/lib/milestones/due";
import { compareDeadlines, compareMilestones } from "@/lib/milestones/order";
import { milestoneAgenda } from "@/lib/milestones/queries";
import { seedDatabase } from "@/prisma/seed/seed";

beforeAll(async () => {
  await seedDatabase(db);
});

const names = (economies: { name: string }[]) => economies.map((e) => e.name).sort();

async function itemByTitle(title: string) {
  const row = (await listItems({})).find((item) => item.titleEn.startsWith(title));
  if (!row) throw new Error(`No item titled ${title}`);
  const item = await getItem(row.id);
  if (!item) throw new Error(`Item ${row.id} vanished`);
  return item;
}

describe("economies", () => {
  it("lists the 21 members in APEC's order", async () => {
    const economies = await listEconomies();
    expect(economies.map((e) => e.name)).toEqual([
      "Australia",
      "Brunei Darussalam",
      "Canada",
      "Chile",
      "People's Republic of China",
      "Hong Kong, China",
      "Indonesia",
      "Japan",
      "Republic of Korea",
      "Malaysia",
      "Mexico",
      "New Zealand",
      "Papua New Guinea",
      "Peru",
      "The Philippines",
      "Russia",
      "Singapore",
      "Chinese Taipei",
      "Thailand",
      "United States",
      "Viet Nam",
    ]);
  });
});

describe("the 2024 work plan", () => {
  it("has Peru propose exactly seven items", async () => {
    const peru = await listItems({ proposer: ["PE"] });
    expect(peru).toHaveLength(7);
    expect(peru.every((item) => item.proposer.code === "PE")).toBe(true);
    expect(peru.map((item) => item.titleEn)).toEqual(
      expect.arrayContaining([
        "Good Practices on Customs Value Declaration and Control to Promote Voluntary Compliance and Trade Facilitation",
        "Green Customs Technology Solutions in the Asia-Pacific Region Workshop",
        "Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators",
      ]),
    );
  });

  it("counts 3 initiatives, 4 APEC-funded and 3 self-funded projects in 2024", async () => {
    const [latest] = await workPlanCounts();
    expect(latest?.year).toBe(2024);
    expect(Object.fromEntries(latest!.byKind)).toEqual({ INITIATIVE: 3, APEC_FUNDED: 4, SELF_FUNDED: 3 });
  });

  it.each([
    ["APEC Capacity Building Workshop on Self-Certification", "Japan", ["Australia", "New Zealand", "Singapore", "United States", "Viet Nam"]],
    ["Green Customs Technology Solutions", "Peru", ["Australia", "New Zealand", "Chile", "United States", "Viet Nam"]],
    ["Best Practices to Enhance Transparency", "Peru", ["Hong Kong, China", "Republic of Korea", "People's Republic of China", "United States"]],
    ["Enhancing Digitalization in International Trade", "Peru", ["Australia", "People's Republic of China", "Chile", "Singapore", "United States"]],
    ["Promoting MSME Participation in E-Commerce", "United States", ["Japan", "Viet Nam", "The Philippines"]],
    ["Exporting Entrepreneurship", "Peru", ["Chile"]],
    ["Women Empowerment in Customs Frontline Work", "Peru", ["Australia", "New Zealand", "Chile", "United States"]],
    ["Good Practices on Customs Value Declaration", "Peru", []],
    ["APEC Customs-Business Dialogue: Latest Developments", "Peru", []],
    ["APEC Smart Customs Partnership Initiative", "People's Republic of China", []],
  ])("%s: proposed by %s, co-sponsored by the economies the report names", async (title, proposer, coSponsors) => {
    const item = await itemByTitle(title);
    expect(item.proposer.name).toBe(proposer);
    expect(names(item.coSponsorships.map((c) => c.economy))).toEqual([...coSponsors].sort());
  });

  it("keeps the Chinese titles of the report", async () => {
    const item = await itemByTitle("Women Empowerment");
    expect(item.titleZh).toBe("海關前線工作女性賦權：政策報告及管理指標");
  });

  it("gives Peru's women-empowerment project its four month-only milestones in time order", async () => {
    const item = await itemByTitle("Women Empowerment");
    expect(item.milestones.map((m) => [m.title, m.precision, formatDue(m), m.status])).toEqual([
      ["Preliminary report", "MONTH", "April 2024", "PLANNED"],
      ["Virtual workshop", "MONTH", "June 2024", "PLANNED"],
      ["Best-practice and management-indicator handbook", "MONTH", "July 2024", "PLANNED"],
      ["Completion report to the APEC Secretariat", "MONTH", "October 2024", "PLANNED"],
    ]);
  });

  it("marks held milestones done and keeps undated and anchored ones honest", async () => {
    const japan = await itemByTitle("APEC Capacity Building Workshop");
    expect(japan.milestones.map((m) => [formatDue(m), m.status])).toEqual([
      ["July 2023", "DONE"],
      ["January 2024", "DONE"],
      ["May 2024", "PLANNED"],
    ]);
    const bills = await itemByTitle("Enhancing Digitalization");
    expect(bills.milestones.map((m) => [m.precision, formatDue(m), m.dueStart])).toEqual([
      ["ANCHOR", "SOM3 2024", null],
      ["UNDATED", "No date yet", null],
    ]);
    const entrepreneurship = await itemByTitle("Exporting Entrepreneurship");
    const workshop = entrepreneurship.milestones.find((m) => m.title === "Workshop");
    expect(workshop).toMatchObject({ precision: "DAY", dueStart: "2024-02-26", status: "DONE", completedOn: "2024-02-26" });
    expect(workshop?.meeting?.shortName).toBe("Exporting Entrepreneurship workshop");
  });

  it("names the next open milestone in the table", async () => {
    const peru = await listItems({ proposer: ["PE"] });
    const women = peru.find((item) => item.titleEn.startsWith("Women Empowerment"));
    expect(women?.nextMilestone?.title).toBe("Preliminary report");
    const valuation = peru.find((item) => item.titleEn.startsWith("Good Practices on Customs Value"));
    expect(valuation?.nextMilestone).toBeNull();
  });
});

describe("earlier work and meetings", () => {
  it("holds the earlier projects reported at SCCP1", async () => {
    const earlier = (await listItems({})).filter((item) => item.year === 2023).map((item) => item.titleEn);
    expect(earlier).toEqual(
      expect.arrayContaining([
        "Enhancing Smart Customs Supervision and Services to Promote Free Trade Port / Free Zone Development",
        "Smart Customs Best Practice Handbook",
        "Green Customs Practices Survey Handbook",
      ]),
    );
  });

  it("holds both February 2024 meetings with SCCP1's chair, absentees and reported items", async () => {
    const meetings = await listMeetings();
    expect(meetings.map((m) => [m.startDate, m.endDate, m.kind])).toEqual([
      ["2024-02-27", "2024-02-28", "MEETING"],
      ["2024-02-26", "2024-02-26", "WORKSHOP"],
    ]);
    const sccp1 = await getMeeting(meetings[0]!.id);
    expect(sccp1?.chair).toContain("Blanca Barandiarán");
    expect(names(sccp1!.attendances.filter((a) => !a.attended).map((a) => a.economy))).toEqual(["Mexico", "Papua New Guinea", "The Philippines"]);
    expect(sccp1?.organisations.map((o) => o.organisation.code).sort()).toEqual(["ABAC", "APEC-SEC", "CTI", "GEA", "PSU", "PUASP", "WCO"]);
    expect(sccp1?.items.filter((entry) => entry.item.year === 2024)).toHaveLength(10);
    const workshop = await getMeeting(meetings[1]!.id);
    expect(workshop?.attendeeCount).toBe(80);
  });

  it("shows what Hong Kong, China co-sponsors and that it proposes nothing", async () => {
    const profile = await getEconomyProfile("HK");
    expect(profile?.economy.name).toBe("Hong Kong, China");
    expect(profile?.proposed).toEqual({ total: 0, items: [] });
    expect(profile?.coSponsored.total).toBe(1);
    expect(profile?.coSponsored.entries.map((c) => c.item.titleEn)).toEqual([
      "Best Practices to Enhance Transparency in the Logistics Supply Chain: Information Platforms of Logistics Services for International Trade",
    ]);
    const counts = (await listEconomiesWithCounts()).find((e) => e.code === "US");
    expect(counts).toMatchObject({ proposes: 4, coSponsors: 5 });
  });
});

describe("seeding again", () => {
  it("changes nothing and keeps what officers changed", async () => {
    const item = await itemByTitle("Exporting Entrepreneurship");
    await db.item.update({ where: { id: item.id }, data: { titleEn: "Exporting Entrepreneurship (renamed by an officer)" } });
    await db.coSponsorship.delete({ where: { itemId_economyCode: { itemId: item.id, economyCode: "CL" } } });
    const before = await Promise.all([db.item.count(), db.milestone.count(), db.coSponsorship.count(), db.meetingItem.count(), db.economy.count()]);

    const report = await seedDatabase(db);

    expect(Object.values(report).every((count) => count === 0)).toBe(true);
    const after = await Promise.all([db.item.count(), db.milestone.count(), db.coSponsorship.count(), db.meetingItem.count(), db.economy.count()]);
    expect(after).toEqual(before);
    const again = await getItem(item.id);
    expect(again?.titleEn).toBe("Exporting Entrepreneurship (renamed by an officer)");
    expect(again?.coSponsorships).toEqual([]);
  });
});

describe("the overview's agenda", () => {
  it("on 2 May 2024 has April's preliminary report late and what ends within 90 days due", async () => {
    const agenda = await milestoneAgenda("2024-05-02", 90);
    expect(agenda.overdue.milestones.map((m) => `${m.title} (${formatDue(m)})`)).toEqual(["Preliminary report (April 2024)"]);
    expect(agenda.upcoming.milestones.map((m) => `${m.title} (${formatDue(m)})`)).toEqual([
      "Workshop report (May 2024)",
      "Virtual workshop (June 2024)",
      "Best-practice and management-indicator handbook (July 2024)",
    ]);
    expect((await milestoneAgenda("2024-05-01", 90)).upcoming.milestones.map((m) => m.title)).not.toContain("Best-practice and management-indicator handbook");
    expect(agenda.undated.milestones.map((m) => formatDue(m))).toEqual(expect.arrayContaining(["SOM3 2024", "No date yet"]));
  });

  it("counts a month-only milestone as due, not late, while its month lasts", async () => {
    const agenda = await milestoneAgenda("2024-04-30", 0);
    expect(agenda.overdue).toEqual({ total: 0, milestones: [] });
    expect(agenda.upcoming.milestones.map((m) => m.title)).toEqual(["Preliminary report"]);
  });

  it("leaves out archived items", async () => {
    const women = (await listItems({ proposer: ["PE"] })).find((item) => item.titleEn.startsWith("Women Empowerment"))!;
    await db.item.update({ where: { id: women.id }, data: { archivedAt: new Date() } });
    try {
      expect((await milestoneAgenda("2024-05-01", 90)).overdue).toEqual({ total: 0, milestones: [] });
      expect(await listItems({ proposer: ["PE"] })).toHaveLength(6);
    } finally {
      await db.item.update({ where: { id: women.id }, data: { archivedAt: null } });
    }
  });
});

describe("searching the work plan by title", () => {
  it("finds items by English or Chinese title, in any case, and by project number", async () => {
    expect((await listItems({ q: "electronic bills of lading" })).map((i) => i.titleZh)).toEqual(["提升國際貿易數位化：採用電子提單之實用性"]);
    expect((await listItems({ q: "ELECTRONIC BILLS" })).length).toBe(1);
    expect((await listItems({ q: "電子提單" })).map((i) => i.titleEn)).toEqual([
      "Enhancing Digitalization in International Trade: The Practicality of Adopting Electronic Bills of Lading",
    ]);
    expect((await listItems({ q: "海關" })).length).toBeGreaterThan(3);
    expect(await listItems({ q: "no such words anywhere" })).toEqual([]);
  });

  it("combines with the proposer filter", async () => {
    const peru = await listItems({ proposer: ["PE"], q: "workshop" });
    expect(peru.map((i) => i.titleEn)).toEqual(["Green Customs Technology Solutions in the Asia-Pacific Region Workshop"]);
    expect(await listItems({ proposer: ["JP"], q: "電子提單" })).toEqual([]);
  });

  it("treats SQL-ish text as text", async () => {
    expect(await listItems({ q: "%' OR 1=1 --" })).toEqual([]);
    expect(await listItems({ q: "%" })).toEqual([]);
  });
});

describe("the overview's agenda at any size", () => {
  // The lists as the overview once built them: every milestone loaded and sorted in TypeScript.
  async function everything(today: string, horizon: number) {
    const live = { item: { archivedAt: null } };
    const select = { id: true, precision: true, dueStart: true, dueEnd: true, position: true, status: true, item: { select: { year: true } } } as const;
    const [overdue, upcoming, undated] = await Promise.all([
      db.milestone.findMany({ where: { ...live, OR: [{ status: "LATE" }, { status: "PLANNED", dueEnd: { lt: today } }] }, select }),
      db.milestone.findMany({ where: { ...live, status: "PLANNED", dueEnd: { gte: today, lte: addDays(today, horizon) } }, select }),
      db.milestone.findMany({ where: { ...live, status: "PLANNED", dueEnd: null }, select }),
    ]);
    return {
      overdue: overdue.sort(compareDeadlines).map((m) => m.id),
      upcoming: upcoming.sort(compareDeadlines).map((m) => m.id),
      undated: undated.sort((a, b) => b.item.year - a.item.year || compareMilestones(a, b)).map((m) => m.id),
    };
  }

  it("counts every milestone in each list and shows the first ones in deadline order", async () => {
    for (const [today, horizon] of [
      ["2024-05-02", 90],
      ["2024-12-31", 30],
      ["2023-01-01", 90],
      ["2025-06-30", 90],
    ] as const) {
      for (const limit of [1, 2, 20]) {
        const agenda = await milestoneAgenda(today, horizon, limit);
        const expected = await everything(today, horizon);
        for (const list of ["overdue", "upcoming", "undated"] as const) {
          expect(agenda[list].total, `${list} on ${today}`).toBe(expected[list].length);
          expect(
            agenda[list].milestones.map((m) => m.id),
            `${list} on ${today}, first ${limit}`,
          ).toEqual(expected[list].slice(0, limit));
        }
      }
    }
  });
});
