// The JSON API's documents' metadata, follow-up actions and positions: every response validated
// against the OpenAPI document, with paging, filters, refusals and the token. Rows are written with
// Prisma directly: this tests the reads, not the write layers.
import Ajv2020 from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as document } from "@/app/api/v1/documents/[id]/route";
import { GET as documents } from "@/app/api/v1/documents/route";
import { GET as followUp } from "@/app/api/v1/follow-ups/[id]/route";
import { GET as followUps } from "@/app/api/v1/follow-ups/route";
import { GET as item } from "@/app/api/v1/items/[id]/route";
import { GET as items } from "@/app/api/v1/items/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as positions } from "@/app/api/v1/positions/route";
import { hashPassword } from "@/lib/auth/password";
import { addDays } from "@/lib/dates";
import { db } from "@/lib/db";
import type { DocumentKind, FollowUpStatus } from "@/lib/db/generated/enums";
import { dueState, formatDue, toStoredDue } from "@/lib/milestones/due";
import { officeToday } from "@/lib/today";
import { hashToken, newToken } from "@/lib/tokens/tokens";
import { seedDatabase } from "@/prisma/seed/seed";

type Route = (request: Request) => Promise<Response>;
type OneRoute = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

let token: string;
let validate: (schema: string, body: unknown) => void;
let spec: { paths: Record<string, { get: { parameters?: { name: string; in: string }[] } }> };
const today = officeToday(new Date());
const ids = {} as Record<"s3" | "i1" | "a1" | "archivedItem" | "meeting" | "alice" | "bob" | "recommendation", number>;
const doc = {} as Record<"concept" | "agenda" | "archivedSurvey" | "ofArchivedItem", number>;
type ActionKey = "yesterday" | "lastMonth" | "thisMonth" | "today" | "in30" | "in31" | "doneLate" | "droppedLate" | "undated" | "ofArchivedItem";
const action = {} as Record<ActionKey, number>;

const call = (path: string, auth = `Bearer ${token}`) => new Request(`http://localhost/api/v1${path}`, { headers: auth ? { authorization: auth } : {} });
const get = async (route: Route, path: string) => {
  const response = await route(call(path));
  expect(response.status, path).toBe(200);
  return response.json();
};
const getOne = (route: OneRoute, path: string, id: string | number) => route(call(path), { params: Promise.resolve({ id: String(id) }) });

async function addDocument(data: {
  title: string;
  kind: DocumentKind;
  language?: string;
  apecNumber?: string;
  itemId?: number;
  meetingId?: number;
  archived?: boolean;
  versions?: number;
}) {
  const created = await db.document.create({
    data: {
      title: data.title,
      kind: data.kind,
      language: data.language ?? "en",
      apecNumber: data.apecNumber ?? null,
      itemId: data.itemId ?? null,
      meetingId: data.meetingId ?? null,
      archivedAt: data.archived ? new Date("2026-01-05T00:00:00Z") : null,
    },
  });
  for (let number = 1; number <= (data.versions ?? 1); number++) {
    const blob = await db.documentBlob.create({ data: { size: 1000 * number, complete: true } });
    await db.documentVersion.create({
      data: {
        documentId: created.id,
        number,
        blobId: blob.id,
        fileName: `${data.title.replace(/\W+/g, "-")}-v${number}.pdf`,
        contentType: "application/pdf",
        size: 1000 * number,
        sha256: String(number).repeat(64),
      },
    });
  }
  return created.id;
}

async function addAction(
  key: ActionKey,
  data: {
    description?: string;
    status?: FollowUpStatus;
    due?: Parameters<typeof toStoredDue>[0];
    ownerId?: number;
    itemId?: number;
    meetingId?: number;
    recommendationId?: number;
  },
) {
  const due = toStoredDue(data.due ?? { precision: "UNDATED" });
  const created = await db.followUpAction.create({
    data: {
      description: data.description ?? `Action ${key}`,
      status: data.status ?? "OPEN",
      completedOn: data.status === "DONE" ? today : null,
      precision: due.precision,
      dueStart: due.dueStart,
      dueEnd: due.dueEnd,
      ownerId: data.ownerId ?? null,
      itemId: data.itemId ?? null,
      meetingId: data.meetingId ?? null,
      recommendationId: data.recommendationId ?? null,
    },
  });
  action[key] = created.id;
}

const day = (offset: number) => ({ precision: "DAY" as const, date: addDays(today, offset) });

beforeAll(async () => {
  await seedDatabase(db);
  const robot = await db.user.create({
    data: { email: "robot@customs.test", name: "Robot", role: "VIEWER", passwordHash: await hashPassword("a-long-password") },
  });
  token = newToken("api");
  await db.accessToken.create({ data: { userId: robot.id, purpose: "api", label: "tests", hash: hashToken(token) } });
  spec = await (await openapi()).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date-time", { type: "string", validate: (text: string) => !Number.isNaN(Date.parse(text)) && /T.*Z$/.test(text) });
  ajv.addSchema({ $id: "openapi", components: (spec as unknown as { components: object }).components });
  validate = (schema, body) => {
    const check = ajv.getSchema(`openapi#/components/schemas/${schema}`)!;
    expect(check(body), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  };

  const seeded = async (seedKey: string) => (await db.item.findUniqueOrThrow({ where: { seedKey } })).id;
  ids.s3 = await seeded("sccp-2024-S3");
  ids.i1 = await seeded("sccp-2024-I1");
  ids.a1 = await seeded("sccp-2024-A1");
  const s3 = await db.item.findUniqueOrThrow({ where: { id: ids.s3 } });
  ids.archivedItem = (
    await db.item.create({
      data: {
        forumId: s3.forumId,
        year: 2024,
        titleEn: "An archived project",
        proposerCode: "PE",
        status: "PROPOSED",
        archivedAt: new Date("2026-01-01T00:00:00Z"),
      },
    })
  ).id;
  ids.meeting = (await db.meeting.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  ids.recommendation = (await db.recommendation.create({ data: { meetingId: ids.meeting, position: 1, heading: "Answer the green customs survey" } })).id;
  for (const [key, name] of [
    ["alice", "Alice Wang"],
    ["bob", "Bob Lin"],
  ] as const) {
    ids[key] = (await db.user.create({ data: { email: `${key}@customs.test`, name, role: "EDITOR", passwordHash: "x" } })).id;
  }

  doc.concept = await addDocument({
    title: "Concept note: Green Customs",
    kind: "CONCEPT_NOTE",
    apecNumber: "2024/SOM1/SCCP/005",
    itemId: ids.s3,
    versions: 2,
  });
  doc.agenda = await addDocument({ title: "Agenda 100% draft_v2", kind: "AGENDA", language: "zh-TW", meetingId: ids.meeting });
  doc.archivedSurvey = await addDocument({ title: "Survey results", kind: "SURVEY", itemId: ids.s3, meetingId: ids.meeting, archived: true });
  doc.ofArchivedItem = await addDocument({ title: "Report of an archived project", kind: "REPORT", itemId: ids.archivedItem });
  for (let n = 1; n <= 5; n++) await addDocument({ title: `Presentation ${n}`, kind: "PRESENTATION", itemId: ids.i1 });

  const [year, month] = today.split("-").map(Number) as [number, number];
  const lastMonth = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  await addAction("yesterday", { due: day(-1), ownerId: ids.alice, itemId: ids.s3 });
  await addAction("lastMonth", { due: { precision: "MONTH", ...lastMonth }, ownerId: ids.bob, meetingId: ids.meeting });
  await addAction("thisMonth", { due: { precision: "MONTH", year, month }, ownerId: ids.alice });
  await addAction("today", { due: day(0), ownerId: ids.alice, itemId: ids.s3, meetingId: ids.meeting });
  await addAction("in30", { due: day(30), ownerId: ids.bob, itemId: ids.i1 });
  await addAction("in31", { due: day(31), itemId: ids.i1 });
  await addAction("doneLate", { due: day(-3), status: "DONE", ownerId: ids.alice, itemId: ids.s3 });
  await addAction("droppedLate", { due: day(-3), status: "DROPPED", meetingId: ids.meeting });
  await addAction("undated", { meetingId: ids.meeting, recommendationId: ids.recommendation, description: "Brief the minister on the e-B/L workshop" });
  await addAction("ofArchivedItem", { due: day(-5), itemId: ids.archivedItem });
});

/** Every row of a list, page by page, checking each page's shape and size on the way. */
async function allPages(route: Route, path: string, schema: string, pageSize: number) {
  const separator = path.includes("?") ? "&" : "?";
  const first = await get(route, `${path}${separator}pageSize=${pageSize}`);
  const rows: { id?: number }[] = [];
  const pages = Math.ceil(first.total / pageSize);
  for (let page = 1; page <= pages; page++) {
    const body = await get(route, `${path}${separator}pageSize=${pageSize}&page=${page}`);
    validate(schema, body);
    expect(body).toMatchObject({ page, pageSize, total: first.total });
    expect(body.data.length).toBe(Math.min(pageSize, first.total - (page - 1) * pageSize));
    rows.push(...body.data);
  }
  const beyond = await get(route, `${path}${separator}pageSize=${pageSize}&page=${pages + 1}`);
  expect(beyond.data).toEqual([]);
  expect(beyond.total).toBe(first.total);
  return rows;
}

async function refused(route: Route, path: string, status = 400) {
  const response = await route(call(path));
  expect(response.status, path).toBe(status);
  const body = await response.json();
  validate("Error", body);
  expect(body.message.length, path).toBeGreaterThan(10);
  return body.message as string;
}

describe("documents' metadata", () => {
  it("lists live documents newest first with their current version, never their bytes", async () => {
    const body = await get(documents, "/documents");
    validate("DocumentPage", body);
    expect(body.total).toBe(7);
    const concept = body.data.find((row: { id: number }) => row.id === doc.concept);
    expect(concept).toEqual({
      id: doc.concept,
      title: "Concept note: Green Customs",
      kind: "CONCEPT_NOTE",
      language: "en",
      apecNumber: "2024/SOM1/SCCP/005",
      item: { id: ids.s3, title: "Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators" },
      meeting: null,
      archived: false,
      currentVersion: expect.objectContaining({
        number: 2,
        fileName: "Concept-note-Green-Customs-v2.pdf",
        contentType: "application/pdf",
        size: 2000,
        sha256: "2".repeat(64),
      }),
      versionCount: 2,
      downloadUrl: `/documents/${doc.concept}/download`,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(body.data.map((row: { id: number }) => row.id)).toEqual([...body.data.map((row: { id: number }) => row.id)].sort((a, b) => b - a));
    expect(body.data.map((row: { id: number }) => row.id)).not.toContain(doc.archivedSurvey);
    expect(body.data.map((row: { id: number }) => row.id)).not.toContain(doc.ofArchivedItem);
  });

  it("pages in order, each page a slice of the whole list", async () => {
    const rows = await allPages(documents, "/documents", "DocumentPage", 3);
    const whole = await get(documents, "/documents?pageSize=200");
    expect(rows.map((row) => row.id)).toEqual(whole.data.map((row: { id: number }) => row.id));
  });

  it("filters by item, meeting, kind, archive and text in the title or APEC number, literally", async () => {
    const idsOf = async (query: string) => {
      const body = await get(documents, `/documents?${query}`);
      validate("DocumentPage", body);
      expect(body.total).toBe(body.data.length);
      return (body.data as { id: number }[]).map((row) => row.id).sort((a, b) => a - b);
    };
    expect(await idsOf(`itemId=${ids.s3}`)).toEqual([doc.concept]);
    expect(await idsOf(`itemId=${ids.s3}&includeArchived=true`)).toEqual([doc.concept, doc.archivedSurvey]);
    expect(await idsOf(`meetingId=${ids.meeting}`)).toEqual([doc.agenda]);
    expect(await idsOf(`meetingId=${ids.meeting}&includeArchived=true&kind=survey`)).toEqual([doc.archivedSurvey]);
    expect(await idsOf(`itemId=${ids.archivedItem}&includeArchived=true`)).toEqual([]);
    expect(await idsOf("kind=agenda,concept-note")).toEqual([doc.concept, doc.agenda]);
    expect(await idsOf("includeArchived=false&kind=SURVEY")).toEqual([]);
    expect(await idsOf("q=som1/sccp")).toEqual([doc.concept]);
    expect(await idsOf("q=GREEN%20customs")).toEqual([doc.concept]);
    expect(await idsOf("q=100%25")).toEqual([doc.agenda]);
    expect(await idsOf("q=%25")).toEqual([doc.agenda]);
    expect(await idsOf("q=t_v")).toEqual([doc.agenda]);
    expect(await idsOf("q=_")).toEqual([doc.agenda]);
    expect(await idsOf("q=survey")).toEqual([]);
    expect(await idsOf("q=survey&includeArchived=true")).toEqual([doc.archivedSurvey]);
    expect((await idsOf("q=presentation")).length).toBe(5);
  });

  it("gives one document with every version, the newest first; 404 for none or an archived item's", async () => {
    const response = await getOne(document, "/documents/x", doc.concept);
    expect(response.status).toBe(200);
    const body = await response.json();
    validate("DocumentDetail", body);
    expect(body.versions.map((v: { number: number; size: number }) => [v.number, v.size])).toEqual([
      [2, 2000],
      [1, 1000],
    ]);
    expect(body.currentVersion).toEqual(body.versions[0]);
    const archived = await (await getOne(document, "/documents/x", doc.archivedSurvey)).json();
    validate("DocumentDetail", archived);
    expect(archived).toMatchObject({ archived: true, item: { id: ids.s3 }, meeting: { id: ids.meeting } });
    for (const id of [doc.ofArchivedItem, 999999, "abc", "0", "99999999999"]) {
      const missing = await getOne(document, "/documents/x", id);
      expect(missing.status, String(id)).toBe(404);
      validate("Error", await missing.json());
    }
  });

  it("refuses unknown, repeated and malformed parameters with a 400 naming the problem", async () => {
    expect(await refused(documents, "/documents?includeArchived=yes")).toContain("includeArchived");
    expect(await refused(documents, "/documents?kind=memo")).toContain("memo");
    expect(await refused(documents, "/documents?itemId=0")).toContain("itemId");
    expect(await refused(documents, "/documents?meetingId=abc")).toContain("meetingId");
    expect(await refused(documents, "/documents?colour=red")).toContain("colour");
    expect(await refused(documents, "/documents?q=a&q=b")).toContain("q");
    await refused(documents, `/documents?q=${"x".repeat(101)}`);
    await refused(documents, "/documents?pageSize=201");
    await refused(documents, "/documents?page=0");
  });
});

describe("follow-up actions", () => {
  const keysOf = async (query: string) => {
    const body = await get(followUps, `/follow-ups${query}`);
    validate("FollowUpActionPage", body);
    expect(body.total).toBe(body.data.length);
    const byId = new Map(Object.entries(action).map(([key, id]) => [id, key]));
    return (body.data as { id: number }[]).map((row) => byId.get(row.id));
  };

  it("lists live actions soonest due first, undated last, with the due date as the app writes it", async () => {
    const body = await get(followUps, "/follow-ups?pageSize=200");
    validate("FollowUpActionPage", body);
    // Where the months fall among the days depends on today's date; the order of the ends is checked below.
    expect((await keysOf("?pageSize=200")).sort()).toEqual([
      "doneLate",
      "droppedLate",
      "in30",
      "in31",
      "lastMonth",
      "thisMonth",
      "today",
      "undated",
      "yesterday",
    ]);
    const rows = body.data as { id: number; due: { precision: string; start: string | null; end: string | null; text: string } }[];
    const ends = rows.map((row) => row.due.end);
    expect(ends.at(-1)).toBeNull();
    expect(ends.slice(0, -1)).toEqual([...ends.slice(0, -1)].sort());
    expect(rows.map((row) => row.id)).not.toContain(action.ofArchivedItem);

    const lastMonth = rows.find((row) => row.id === action.lastMonth)!.due;
    expect(lastMonth.precision).toBe("MONTH");
    expect(lastMonth.text).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    expect(lastMonth.text).toBe(formatDue({ precision: "MONTH", dueStart: lastMonth.start, dueEnd: lastMonth.end, anchor: null }));
    const undated = (await (await getOne(followUp, "/follow-ups/x", action.undated)).json()) as Record<string, unknown>;
    validate("FollowUpAction", undated);
    expect(undated).toMatchObject({
      description: "Brief the minister on the e-B/L workshop",
      owner: null,
      due: { precision: "UNDATED", start: null, end: null, text: "No date yet" },
      status: "OPEN",
      item: null,
      meeting: { id: ids.meeting },
      recommendationId: ids.recommendation,
    });
    const todays = await (await getOne(followUp, "/follow-ups/x", action.today)).json();
    validate("FollowUpAction", todays);
    expect(todays).toMatchObject({ owner: { id: ids.alice, name: "Alice Wang" }, item: { id: ids.s3 }, due: { precision: "DAY", start: today, end: today } });
    const done = await (await getOne(followUp, "/follow-ups/x", action.doneLate)).json();
    expect(done).toMatchObject({ status: "DONE", completedOn: today });
  });

  it("counts an action overdue as a milestone: open, and its whole period passed on the office's calendar", async () => {
    expect((await keysOf("?due=overdue")).sort()).toEqual(["lastMonth", "yesterday"]);
    expect((await keysOf("?due=30d")).sort()).toEqual(["in30", "thisMonth", "today"]);
    // The same rule as the milestones': an open action read as a planned milestone is overdue exactly when the API says so.
    const stored = await db.followUpAction.findMany({ where: { item: { is: null } } });
    const onLiveItems = await db.followUpAction.findMany({ where: { item: { archivedAt: null } } });
    const asMilestone = { OPEN: "PLANNED", DONE: "DONE", DROPPED: "CANCELLED" } as const;
    const overdue = [...stored, ...onLiveItems].filter((row) => dueState({ status: asMilestone[row.status], dueEnd: row.dueEnd }, today) === "overdue");
    expect(overdue.map((row) => row.id).sort((a, b) => a - b)).toEqual([action.yesterday, action.lastMonth].sort((a, b) => a - b));
  });

  it("filters by status, owner, item and meeting, together with the due window", async () => {
    expect(await keysOf("?status=done")).toEqual(["doneLate"]);
    expect((await keysOf("?status=DONE,dropped")).sort()).toEqual(["doneLate", "droppedLate"]);
    expect((await keysOf(`?ownerId=${ids.alice}`)).sort()).toEqual(["doneLate", "thisMonth", "today", "yesterday"]);
    expect((await keysOf(`?ownerId=${ids.alice}&due=overdue`)).sort()).toEqual(["yesterday"]);
    expect((await keysOf(`?itemId=${ids.s3}`)).sort()).toEqual(["doneLate", "today", "yesterday"]);
    expect((await keysOf(`?itemId=${ids.s3}&status=open&meetingId=${ids.meeting}`)).sort()).toEqual(["today"]);
    expect((await keysOf(`?meetingId=${ids.meeting}`)).sort()).toEqual(["droppedLate", "lastMonth", "today", "undated"]);
    expect(await keysOf(`?itemId=${ids.archivedItem}`)).toEqual([]);
    expect(await keysOf(`?ownerId=${ids.bob}&status=done`)).toEqual([]);
  });

  it("pages in order, each page a slice of the whole list", async () => {
    const rows = await allPages(followUps, "/follow-ups", "FollowUpActionPage", 4);
    const whole = await get(followUps, "/follow-ups?pageSize=200");
    expect(rows.map((row) => row.id)).toEqual(whole.data.map((row: { id: number }) => row.id));
    expect(rows).toHaveLength(9);
  });

  it("answers 404 for no action or an archived item's, and 400 for a bad parameter", async () => {
    for (const id of [action.ofArchivedItem, 999999, "one"]) {
      const missing = await getOne(followUp, "/follow-ups/x", id);
      expect(missing.status, String(id)).toBe(404);
      expect((await missing.json()).message).toBe("There is no such follow-up action.");
    }
    expect(await refused(followUps, "/follow-ups?status=closed")).toContain("closed");
    expect(await refused(followUps, "/follow-ups?due=90d")).toContain("overdue or 30d");
    expect(await refused(followUps, "/follow-ups?ownerId=-1")).toContain("ownerId");
    expect(await refused(followUps, "/follow-ups?owner=1")).toContain("owner");
    expect(await refused(followUps, "/follow-ups?status=")).toContain("status");
    await refused(followUps, "/follow-ups?pageSize=0");
  });
});

describe("our economy's positions", () => {
  it("lists positions on live items, nearest deadline first, naming the office's economy once it is set", async () => {
    const empty = await get(positions, "/positions");
    validate("PositionPage", empty);
    expect(empty).toEqual({ economy: null, data: [], page: 1, pageSize: 50, total: 0 });

    await db.office.upsert({ where: { id: 1 }, create: { id: 1, economyCode: "CT" }, update: { economyCode: "CT" } });
    await db.itemPosition.createMany({
      data: [
        { itemId: ids.s3, stance: "WILL_COSPONSOR", deadline: "2024-05-10", decidedBy: "Deputy Director-General", note: "Co-sponsor at SOM2." },
        { itemId: ids.i1, stance: "CONSIDERING" },
        { itemId: ids.a1, stance: "DECLINED", deadline: "2024-03-01", decidedBy: "Director" },
        { itemId: ids.archivedItem, stance: "NOT_RELEVANT", deadline: "2024-01-01" },
      ],
    });
    const body = await get(positions, "/positions");
    validate("PositionPage", body);
    expect(body.economy).toBe("CT");
    expect(body.total).toBe(3);
    expect(body.data.map((row: { item: { id: number } }) => row.item.id)).toEqual([ids.a1, ids.s3, ids.i1]);
    expect(body.data[1]).toEqual({
      item: { id: ids.s3, title: "Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators" },
      stance: "WILL_COSPONSOR",
      deadline: "2024-05-10",
      decidedBy: "Deputy Director-General",
      note: "Co-sponsor at SOM2.",
      updatedAt: expect.any(String),
    });
    const rows = await allPages(positions, "/positions", "PositionPage", 2);
    expect(rows.map((row) => (row as { item: { id: number } }).item.id)).toEqual([ids.a1, ids.s3, ids.i1]);
  });

  it("filters by stance and item, and refuses a stance it does not know", async () => {
    const itemsOf = async (query: string) => {
      const body = await get(positions, `/positions?${query}`);
      validate("PositionPage", body);
      return body.data.map((row: { item: { id: number } }) => row.item.id);
    };
    expect(await itemsOf("stance=will-cosponsor,declined")).toEqual([ids.a1, ids.s3]);
    expect(await itemsOf("stance=considering")).toEqual([ids.i1]);
    expect(await itemsOf("stance=not_relevant")).toEqual([]);
    expect(await itemsOf(`itemId=${ids.s3}`)).toEqual([ids.s3]);
    expect(await itemsOf(`itemId=${ids.archivedItem}`)).toEqual([]);
    expect(await refused(positions, "/positions?stance=maybe")).toContain("maybe");
    expect(await refused(positions, "/positions?economy=CT")).toContain("economy");
  });

  it("shows our stance on the work plan's items", async () => {
    const list = await get(items, "/items?pageSize=200");
    validate("ItemPage", list);
    const stances = new Map(list.data.map((row: { id: number; position: string | null }) => [row.id, row.position]));
    expect(stances.get(ids.s3)).toBe("WILL_COSPONSOR");
    expect(stances.get(ids.a1)).toBe("DECLINED");
    expect([...stances.values()].filter((stance) => stance === null)).toHaveLength(list.total - 3);
    const one = await (await getOne(item, "/items/x", ids.s3)).json();
    validate("ItemDetail", one);
    expect(one.position).toBe("WILL_COSPONSOR");
    const considering = await (await getOne(item, "/items/x", ids.i1)).json();
    expect(considering.position).toBe("CONSIDERING");

    const filtered = async (query: string) => {
      const body = await get(items, `/items?pageSize=200&${query}`);
      validate("ItemPage", body);
      return body;
    };
    expect((await filtered("position=will-cosponsor")).data.map((row: { id: number }) => row.id)).toEqual([ids.s3]);
    expect((await filtered("position=DECLINED,considering")).total).toBe(2);
    expect((await filtered("position=none")).total).toBe(list.total - 3);
    expect((await filtered("position=none,will_cosponsor")).total).toBe(list.total - 2);
    expect(await refused(items, "/items?position=maybe")).toContain("maybe");
  });
});

describe("the new endpoints together", () => {
  it("answers 401 in JSON without a valid token", async () => {
    const lists: [Route, string][] = [
      [documents, "/documents"],
      [followUps, "/follow-ups"],
      [positions, "/positions"],
    ];
    for (const [route, path] of lists) {
      for (const auth of ["", "Bearer nonsense", `Basic ${token}`]) {
        const response = await route(call(path, auth));
        expect(response.status, `${path} ${auth}`).toBe(401);
        expect(response.headers.get("www-authenticate")).toContain("Bearer");
        validate("Error", await response.json());
      }
    }
    for (const [route, id] of [
      [document, doc.concept],
      [followUp, action.today],
    ] as const) {
      const response = await route(call("/x", ""), { params: Promise.resolve({ id: String(id) }) });
      expect(response.status).toBe(401);
    }
  });

  it("accepts every query parameter its document lists, and lists every route", async () => {
    const sample: Record<string, string> = {
      itemId: String(ids.s3),
      meetingId: String(ids.meeting),
      ownerId: String(ids.alice),
      kind: "REPORT",
      q: "customs",
      includeArchived: "true",
      status: "OPEN",
      due: "overdue",
      stance: "DECLINED",
      page: "1",
      pageSize: "10",
    };
    const routes: Record<string, Route> = { "/documents": documents, "/follow-ups": followUps, "/positions": positions };
    for (const [path, route] of Object.entries(routes)) {
      const parameters = spec.paths[path]!.get.parameters!.filter((parameter) => parameter.in === "query");
      expect(parameters.length, path).toBeGreaterThan(2);
      for (const { name } of parameters) {
        expect(sample[name], `${path} ${name}`).toBeDefined();
        expect((await route(call(`${path}?${name}=${encodeURIComponent(sample[name]!)}`))).status, `${path}?${name}`).toBe(200);
      }
    }
    for (const path of ["/items", "/milestones", "/meetings", "/co-sponsorships"]) {
      expect(
        spec.paths[path]!.get.parameters!.map((parameter) => parameter.name),
        path,
      ).toContain("position");
    }
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/documents", "/documents/{id}", "/follow-ups", "/follow-ups/{id}", "/positions"]));
  });
});
