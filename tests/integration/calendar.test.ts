// The calendar feed, read back with an independent iCalendar parser (ical.js).
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/calendar/[token]/route";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { hashToken, newToken } from "@/lib/tokens/tokens";
import { seedDatabase } from "@/prisma/seed/seed";

let token: string;

beforeAll(async () => {
  await seedDatabase(db);
  const user = await db.user.create({
    data: { email: "calendar@customs.test", name: "Cal", role: "VIEWER", passwordHash: await hashPassword("a-long-password"), locale: "en" },
  });
  token = newToken("calendar");
  await db.accessToken.create({ data: { userId: user.id, purpose: "calendar", hash: hashToken(token) } });
});

async function feed(path: string) {
  const [tokenPart, query = ""] = path.split("?");
  const response = await GET(new Request(`https://tracker.example/api/calendar/${tokenPart}?${query}`), { params: Promise.resolve({ token: tokenPart! }) });
  return { response, text: await response.text() };
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString(), allDay: event.startDate.isDate };
  });
}

describe("the calendar feed", () => {
  it("places month-only milestones on the month's last day, with the month in the title", async () => {
    const { response, text } = await feed(`${token}.ics?proposer=PE`);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const all = events(text);
    const preliminary = all.find((event) => event.summary.includes("Preliminary report"));
    expect(preliminary).toMatchObject({
      summary: "[April 2024] Preliminary report — Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators",
      start: "2024-04-30",
      end: "2024-05-01",
      allDay: true,
    });
    const workshop = all.find((event) => event.summary.startsWith("Workshop — Exporting Entrepreneurship"));
    expect(workshop).toMatchObject({ start: "2024-02-26", end: "2024-02-27" });
    const sccp1 = all.find((event) => event.uid.startsWith("meeting-") && event.summary === "SCCP1 2024");
    expect(sccp1).toMatchObject({ start: "2024-02-27", end: "2024-02-29", allDay: true });
  });

  it("holds only the filtered items' milestones, never an undated one, and one event per milestone", async () => {
    const all = events((await feed(`${token}?proposer=PE`)).text);
    const expected = await db.milestone.count({
      where: { item: { proposerCode: "PE", archivedAt: null }, status: { not: "CANCELLED" }, dueEnd: { not: null } },
    });
    expect(all.filter((event) => event.uid.startsWith("milestone-"))).toHaveLength(expected);
    expect(new Set(all.map((event) => event.uid)).size).toBe(all.length);
    expect(all.some((event) => event.summary.includes("Summary report with voluntary recommendations"))).toBe(false);
    expect(all.some((event) => event.summary.includes("Self-Certification"))).toBe(false);
  });

  it("lists only the meetings that report the selected items", async () => {
    const all = events((await feed(`${token}?coSponsor=PH`)).text);
    expect(all.filter((event) => event.uid.startsWith("meeting-")).map((event) => event.summary)).toEqual(["SCCP1 2024"]);
    const text = (await feed(token)).text;
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("speaks Chinese when asked", async () => {
    const all = events((await feed(`${token}?proposer=PE&lang=zh-TW`)).text);
    expect(all.map((event) => event.summary)).toContain("[2024年4月] 初步報告 — 海關前線工作女性賦權：政策報告及管理指標");
  });

  it("opens for no revoked, unknown or malformed token, nor for a deactivated user", async () => {
    expect((await feed(`sccp_cal_${"A".repeat(43)}`)).response.status).toBe(404);
    expect((await feed("not-a-token")).response.status).toBe(404);
    expect((await feed(`${token}?colour=red`)).response.status).toBe(400);
    expect((await feed(`${token}?coSponsor=ZZ`)).response.status).toBe(400);
    await db.user.update({ where: { email: "calendar@customs.test" }, data: { active: false } });
    expect((await feed(token)).response.status).toBe(404);
    await db.user.update({ where: { email: "calendar@customs.test" }, data: { active: true } });
    await db.accessToken.updateMany({ data: { revokedAt: new Date() } });
    expect((await feed(token)).response.status).toBe(404);
    expect((await db.accessToken.findFirst())?.hash).not.toContain(token.slice(9, 20));
  });
});
