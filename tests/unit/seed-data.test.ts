import { describe, expect, it } from "vitest";
import { ECONOMIES } from "@/prisma/seed/reference-data";
import { EARLIER_WORK, MEETINGS, WORK_PLAN_2024 } from "@/prisma/seed/sccp-2024";

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
