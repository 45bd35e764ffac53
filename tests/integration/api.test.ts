// The read-only JSON API: every response is validated against the OpenAPI document it publishes.
import Ajv2020 from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as coSponsorships } from "@/app/api/v1/co-sponsorships/route";
import { GET as economies } from "@/app/api/v1/economies/route";
import { GET as item } from "@/app/api/v1/items/[id]/route";
import { GET as items } from "@/app/api/v1/items/route";
import { GET as meetings } from "@/app/api/v1/meetings/route";
import { GET as milestones } from "@/app/api/v1/milestones/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { compareMilestones } from "@/lib/milestones/order";
import { hashToken, newToken } from "@/lib/tokens/tokens";
import { seedDatabase } from "@/prisma/seed/seed";

let token: string;
let validate: (schema: string, body: unknown) => void;

beforeAll(async () => {
  await seedDatabase(db);
  const user = await db.user.create({
    data: { email: "robot@customs.test", name: "Robot", role: "VIEWER", passwordHash: await hashPassword("a-long-password") },
  });
  token = newToken("api");
  await db.accessToken.create({ data: { userId: user.id, purpose: "api", label: "tests", hash: hashToken(token) } });
  const document = await (await openapi()).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "openapi", components: document.components });
  validate = (schema, body) => {
    const check = ajv.getSchema(`openapi#/components/schemas/${schema}`)!;
    expect(check(body), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  };
});

const call = (path: string, auth = `Bearer ${token}`) => new Request(`http://localhost/api/v1${path}`, { headers: auth ? { authorization: auth } : {} });

describe("the JSON API", () => {
  it("lists items filtered like the table, paged, as the document describes", async () => {
    const response = await items(call("/items?proposer=PE&pageSize=5"));
    const body = await response.json();
    validate("ItemPage", body);
    expect(body).toMatchObject({ page: 1, pageSize: 5, total: 7 });
    expect(body.data).toHaveLength(5);
    const second = await (await items(call("/items?proposer=PE&pageSize=5&page=2"))).json();
    expect(second.data).toHaveLength(2);
    expect(new Set([...body.data, ...second.data].map((row: { id: number }) => row.id)).size).toBe(7);
  });

  it("gives one item with its co-sponsorships and milestones", async () => {
    const s3 = await db.item.findUniqueOrThrow({ where: { seedKey: "sccp-2024-S3" } });
    const body = await (await item(call(`/items/${s3.id}`), { params: Promise.resolve({ id: String(s3.id) }) })).json();
    validate("ItemDetail", body);
    expect(body.coSponsorships.map((c: { economy: { code: string } }) => c.economy.code)).toEqual(["AU", "CL", "NZ", "US"]);
    expect(body.milestones.map((m: { dueEnd: string }) => m.dueEnd)).toEqual(["2024-04-30", "2024-06-30", "2024-07-31", "2024-10-31"]);
    const missing = await item(call("/items/999999"), { params: Promise.resolve({ id: "999999" }) });
    expect(missing.status).toBe(404);
    validate("Error", await missing.json());
  });

  it("lists economies, milestones, meetings and co-sponsorships to the document's schemas", async () => {
    const economyPage = await (await economies(call("/economies"))).json();
    validate("EconomyPage", economyPage);
    expect(economyPage.total).toBe(21);
    const milestonePage = await (await milestones(call("/milestones?proposer=PE&pageSize=200"))).json();
    validate("MilestonePage", milestonePage);
    expect(milestonePage.total).toBe(await db.milestone.count({ where: { item: { proposerCode: "PE" } } }));
    const meetingPage = await (await meetings(call("/meetings"))).json();
    validate("MeetingPage", meetingPage);
    expect(meetingPage.data.map((m: { shortName: string }) => m.shortName)).toEqual(["SCCP1 2024", "Exporting Entrepreneurship workshop"]);
    const cosponsorPage = await (await coSponsorships(call("/co-sponsorships?coSponsor=CL&pageSize=200"))).json();
    validate("CoSponsorshipPage", cosponsorPage);
  });

  it("pages milestones, co-sponsorships and meetings in order, each page a slice of the whole list", async () => {
    const all = async (route: (request: Request) => Promise<Response>, path: string, pageSize: number) => {
      const rows: unknown[] = [];
      const first = await (await route(call(`${path}pageSize=${pageSize}`))).json();
      for (let page = 1; page <= Math.ceil(first.total / pageSize); page++) {
        const body = await (await route(call(`${path}pageSize=${pageSize}&page=${page}`))).json();
        expect(body).toMatchObject({ page, pageSize, total: first.total });
        expect(body.data.length).toBe(Math.min(pageSize, first.total - (page - 1) * pageSize));
        rows.push(...body.data);
      }
      const beyond = await (await route(call(`${path}pageSize=${pageSize}&page=${Math.ceil(first.total / pageSize) + 1}`))).json();
      expect(beyond).toEqual({ data: [], page: Math.ceil(first.total / pageSize) + 1, pageSize, total: first.total });
      return rows;
    };

    const milestoneRows = (await all(milestones, "/milestones?proposer=PE&", 3)) as { id: number; dueStart: string | null; dueEnd: string | null }[];
    const stored = await db.milestone.findMany({ where: { item: { proposerCode: "PE", archivedAt: null } } });
    expect(milestoneRows.map((m) => m.id)).toEqual([...stored].sort(compareMilestones).map((m) => m.id));

    const backers = (await all(coSponsorships, "/co-sponsorships?", 7)) as { itemId: number; economy: string }[];
    const everyBacker = await db.coSponsorship.findMany({
      where: { item: { archivedAt: null } },
      select: { itemId: true, economyCode: true, economy: { select: { apecOrder: true } } },
    });
    expect(backers.map((c) => `${c.itemId}:${c.economy}`)).toEqual(
      everyBacker.sort((a, b) => a.itemId - b.itemId || a.economy.apecOrder - b.economy.apecOrder).map((c) => `${c.itemId}:${c.economyCode}`),
    );

    const meetingRows = (await all(meetings, "/meetings?", 1)) as { shortName: string }[];
    expect(meetingRows.map((m) => m.shortName)).toEqual(["SCCP1 2024", "Exporting Entrepreneurship workshop"]);
  });

  it("answers 401 in JSON without a valid token, never a redirect", async () => {
    for (const auth of ["", "Bearer nonsense", `Bearer sccp_api_${"A".repeat(43)}`, `Basic ${token}`]) {
      const response = await items(call("/items", auth));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
      validate("Error", await response.json());
    }
    await db.accessToken.updateMany({ where: { purpose: "api" }, data: { revokedAt: new Date() } });
    expect((await items(call("/items"))).status).toBe(401);
    await db.accessToken.updateMany({ where: { purpose: "api" }, data: { revokedAt: null } });
  });

  it("refuses bad filters and paging with 400 and a message", async () => {
    for (const query of ["?proposer=Peru", "?pageSize=500", "?page=0", "?colour=red", "?proposer=PE&proposer=CL"]) {
      const response = await items(call(`/items${query}`));
      expect(response.status, query).toBe(400);
      const body = await response.json();
      validate("Error", body);
      expect(body.message.length).toBeGreaterThan(10);
    }
  });
});
