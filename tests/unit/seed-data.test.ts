import { describe, expect, it } from "vitest";
import { ECONOMIES } from "@/prisma/seed/reference-data";
import { EARLIER_WORK, MEETINGS, WORK_PLAN_2024 } from "@/prisma/seed/sccp-2024";
import { MEETING_RECORDS } from "@/prisma/seed/sccp-2024-record";

const codes = new Set(ECONOMIES.map((economy) => economy.code));

describe("the economies are APEC's 21, as APEC writes and orders them", () => {
  it("has 21 distinct codes and names", () => {
    expect(ECONOMIES).toHaveLength(21);
    expect(codes.size).toBe(21);
    expect(new Set(ECONOMIES.map((e) => e.name)).size).toBe(21);
  });

  it("lists Chinese Taipei between Singapore and Thailand", () => {
    const names = ECONOMIES.map((e) => e.name);
    expect(names.indexOf("Chinese Taipei")).toBe(names.indexOf("Singapore") + 1);
    expect(names.indexOf("Thailand")).toBe(names.indexOf("Chinese Taipei") + 1);
  });

  it("uses APEC's names", () => {
    const byCode = Object.fromEntries(ECONOMIES.map((e) => [e.code, e]));
    expect(byCode.HK?.name).toBe("Hong Kong, China");
    expect(byCode.VN?.name).toBe("Viet Nam");
    expect(byCode.KR).toMatchObject({ name: "Republic of Korea", shortName: "Korea" });
    expect(byCode.CT?.nameZh).toBe("中華臺北");
    expect(byCode.CN).toMatchObject({ name: "People's Republic of China", shortName: "China" });
  });
});

describe("the 2024 work plan data", () => {
  it("has 3 initiatives, 4 APEC-funded and 3 self-funded projects", () => {
    const kinds = WORK_PLAN_2024.map((item) => item.kind);
    expect(kinds.filter((k) => k === "INITIATIVE")).toHaveLength(3);
    expect(kinds.filter((k) => k === "APEC_FUNDED")).toHaveLength(4);
    expect(kinds.filter((k) => k === "SELF_FUNDED")).toHaveLength(3);
  });

  it("names only known economies, never the proposer as its own co-sponsor, and none for initiatives", () => {
    for (const item of [...WORK_PLAN_2024, ...EARLIER_WORK]) {
      expect(codes.has(item.proposer), item.seedKey).toBe(true);
      for (const code of item.coSponsors) expect(codes.has(code), `${item.seedKey} ${code}`).toBe(true);
      expect(item.coSponsors).not.toContain(item.proposer);
      expect(new Set(item.coSponsors).size).toBe(item.coSponsors.length);
      if (item.kind === "INITIATIVE") expect(item.coSponsors).toEqual([]);
    }
  });

  it("has unique seed keys, and every meeting reports a known item", () => {
    const keys = [...WORK_PLAN_2024, ...EARLIER_WORK].map((item) => item.seedKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const meeting of MEETINGS) for (const reported of meeting.reported) expect(keys).toContain(reported.item);
  });
});

describe("the meetings' record", () => {
  const keys = [...WORK_PLAN_2024, ...EARLIER_WORK].map((item) => item.seedKey);

  it("belongs to seeded meetings, one record each", () => {
    const meetings = MEETING_RECORDS.map((record) => record.meeting);
    expect(new Set(meetings).size).toBe(meetings.length);
    for (const meeting of meetings) expect(MEETINGS.map((m) => m.seedKey)).toContain(meeting);
  });

  it("numbers agenda items 1, 2, 3… and links only known items and economies", () => {
    for (const record of MEETING_RECORDS) {
      expect(record.agenda.map((a) => a.number)).toEqual(record.agenda.map((_, index) => String(index + 1)));
      for (const agendaItem of record.agenda) {
        for (const key of agendaItem.items) expect(keys, `${record.meeting} ${agendaItem.number}`).toContain(key);
        for (const speaker of agendaItem.speakers) if (speaker.economy) expect(codes.has(speaker.economy), speaker.name).toBe(true);
      }
      for (const intervention of record.interventions) {
        if (intervention.agendaItem) expect(record.agenda.map((a) => a.number)).toContain(intervention.agendaItem);
      }
    }
  });

  it("keeps the report's text free of its PDF's private-use bullet glyphs and page furniture", () => {
    const text = JSON.stringify(MEETING_RECORDS);
    expect(text).not.toMatch(/[\uE000-\uF8FF]/);
    expect(text).not.toMatch(/本年2月26日研討會出席人員合影/);
  });
});
