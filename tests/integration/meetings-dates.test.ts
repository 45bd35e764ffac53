// Meetings with honest dates, through the write layer as the forms reach it: a month, an anchor
// without its days, an external meeting and its organiser; bad input refused with nothing
// written; the calendar feed never making up a day; and the office's name for mission reports.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/calendar/[token]/route";
import { RefusedError } from "@/lib/actions/errors";
import { meetingPage } from "@/lib/api/list-sql";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { writeTransaction } from "@/lib/db/write";
import type { ItemFilters } from "@/lib/items/schema";
import { createMeeting, updateMeeting } from "@/lib/meetings/actions";
import { meetingToFormValues } from "@/lib/meetings/form-values";
import * as meetings from "@/lib/meetings/mutations";
import { listMeetings } from "@/lib/meetings/queries";
import { setOfficeName } from "@/lib/office/actions";
import { officeName } from "@/lib/office/queries";
import { hashToken, newToken } from "@/lib/tokens/tokens";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm } from "../support/action-calls";
import { signIn } from "../support/import-files";
import { rendered } from "../support/messages";
import { WITH_SECOND_FACTOR } from "../support/second-factor";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));

let officer: User;
let admin: User;
let token: string;
let counter = 0;
const unique = (name: string) => `${name} ${++counter}`;

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  officer = await db.user.create({ data: { email: "officer@meetings.test", name: "Olive Officer", role: "EDITOR", passwordHash } });
  admin = await db.user.create({ data: { email: "admin@meetings.test", name: "Ada Admin", role: "ADMIN", passwordHash, ...WITH_SECOND_FACTOR } });
  token = newToken("calendar");
  await db.accessToken.create({ data: { userId: officer.id, purpose: "calendar", hash: hashToken(token) } });
});

async function create(fields: Record<string, string>) {
  signIn(officer);
  return submitForm(createMeeting, formData({ kind: "MEETING", forumCode: "SCCP", ...fields }));
}

/** The refused fields as an officer reads them. */
function fieldErrors(outcome: Awaited<ReturnType<typeof create>>) {
  expect(outcome.result?.ok).toBe(false);
  const errors = outcome.result && !outcome.result.ok ? (outcome.result.fieldErrors ?? {}) : {};
  return Object.fromEntries(Object.entries(errors).map(([name, messages]) => [name, messages.map((text) => rendered(text))]));
}

const snapshot = async () => ({ meetings: await db.meeting.count(), events: await db.auditEvent.count({ where: { entityType: "Meeting" } }) });

describe("a meeting's date as precisely as it is known", () => {
  it("records a workshop known only to its month, without a made-up day", async () => {
    const name = unique("A2 workshop");
    const outcome = await create({ kind: "WORKSHOP", name, datePrecision: "MONTH", period: "2024-08" });
    expect(outcome.redirectedTo).toMatch(/^\/meetings\/\d+$/);
    const meeting = await db.meeting.findFirstOrThrow({ where: { name } });
    expect(meeting).toMatchObject({ datePrecision: "MONTH", startDate: "2024-08-01", endDate: "2024-08-31", dateAnchor: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Meeting", entityId: String(meeting.id), action: "meeting.create" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ datePrecision: "MONTH", period: "2024-08", startDate: "" });
  });

  it("records a meeting held with SOM3 before its days are known", async () => {
    const name = unique("SCCP3 side event");
    expect((await create({ name, datePrecision: "ANCHOR", dateAnchor: "SOM3 2024" })).redirectedTo).toBeTruthy();
    expect(await db.meeting.findFirstOrThrow({ where: { name } })).toMatchObject({
      datePrecision: "ANCHOR",
      startDate: null,
      endDate: null,
      dateAnchor: "SOM3 2024",
    });
  });

  it("lists a meeting not yet dated after every dated one", async () => {
    const name = unique("Meeting to be scheduled");
    await create({ name, datePrecision: "UNDATED" });
    const listed = await listMeetings();
    const firstUndated = listed.findIndex((meeting) => meeting.startDate === null);
    expect(listed.slice(firstUndated).every((meeting) => meeting.startDate === null)).toBe(true);
    expect(listed.some((meeting) => meeting.name === name)).toBe(true);
    // The API's page too, in SQL: PostgreSQL would put NULL first when sorting newest first.
    const page = await meetingPage({} as ItemFilters, { page: 1, pageSize: 200 });
    const dates = page.data.map((meeting) => meeting.startDate);
    expect(dates.at(-1)).toBeNull();
    expect(dates.slice(dates.indexOf(null)).every((date) => date === null)).toBe(true);
  });

  it("changes a meeting from exact days to a month on edit, recording the change", async () => {
    const name = unique("SCCP meeting to move");
    await create({ name, startDate: "2024-08-14", endDate: "2024-08-15" });
    const meeting = await db.meeting.findFirstOrThrow({ where: { name }, include: { forum: { select: { code: true } } } });
    const values = meetingToFormValues(meeting);
    const outcome = await submitForm(
      updateMeeting,
      formData({ ...values, datePrecision: "MONTH", period: "2024-09", id: meeting.id, version: meeting.version, original: JSON.stringify(values) }),
    );
    expect(outcome.redirectedTo).toBe(`/meetings/${meeting.id}`);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      datePrecision: "MONTH",
      startDate: "2024-09-01",
      endDate: "2024-09-30",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Meeting", entityId: String(meeting.id), action: "meeting.update" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ datePrecision: "DAY", startDate: "2024-08-14", period: "" });
    expect(JSON.parse(audit.after!)).toMatchObject({ datePrecision: "MONTH", startDate: "", period: "2024-09" });
  });
});

describe("bad input is refused on its field and changes nothing", () => {
  it("refuses a last day before the first", async () => {
    const before = await snapshot();
    const outcome = await create({ name: unique("Backwards meeting"), startDate: "2024-08-15", endDate: "2024-08-14" });
    expect(fieldErrors(outcome)).toEqual({ endDate: ["The last day cannot come before the first."] });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses month 13 and an anchor with no name", async () => {
    const before = await snapshot();
    expect(fieldErrors(await create({ name: unique("Month 13"), datePrecision: "MONTH", period: "2024-13" }))).toEqual({
      period: ['"2024-13" is not a month: write it as 2024-08 (months 01 to 12).'],
    });
    expect(fieldErrors(await create({ name: unique("No anchor"), datePrecision: "ANCHOR", dateAnchor: " " }))).toEqual({
      dateAnchor: ['Name the meeting it is held with, e.g. "SOM3 2024".'],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses the same at the write layer, for callers that build the fields themselves", async () => {
    const before = await snapshot();
    const fields = {
      kind: "MEETING" as const,
      name: unique("Scripted meeting"),
      nameZh: null,
      shortName: null,
      forumCode: null,
      datePrecision: "DAY" as const,
      startDate: "2024-08-15",
      endDate: "2024-08-14",
      dateAnchor: null,
      external: false,
      organiser: null,
      place: null,
      format: null,
      chair: null,
      attendeeCount: null,
      notes: null,
    };
    await expect(writeTransaction((tx) => meetings.createMeeting(tx, officer, fields))).rejects.toMatchObject({
      fieldErrors: { endDate: [expect.stringContaining("v.lastBeforeFirst")] },
    });
    const external = { ...fields, startDate: "2024-06-20", endDate: "2024-06-22", external: true };
    await expect(writeTransaction((tx) => meetings.createMeeting(tx, officer, external))).rejects.toBeInstanceOf(RefusedError);
    expect(await snapshot()).toEqual(before);
  });
});

describe("external meetings", () => {
  it("need their organiser", async () => {
    const before = await snapshot();
    const outcome = await create({ name: unique("WCO Technical Committee"), startDate: "2024-06-20", endDate: "2024-06-22", external: "on" });
    expect(fieldErrors(outcome)).toEqual({ organiser: ['An external meeting needs its organiser, e.g. "World Customs Organization".'] });
    expect(await snapshot()).toEqual(before);
  });

  it("are recorded with their organiser", async () => {
    const name = unique("WCO Council");
    await create({ name, startDate: "2024-06-20", endDate: "2024-06-22", external: "on", organiser: "World Customs Organization" });
    expect(await db.meeting.findFirstOrThrow({ where: { name } })).toMatchObject({ external: true, organiser: "World Customs Organization" });
  });
});

describe("the calendar feed", () => {
  function events(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        summary: event.summary,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        allDay: event.startDate.isDate,
        transparency: vevent.getFirstPropertyValue("transp"),
        description: event.description,
      };
    });
  }

  it("spans a month-only meeting over its month, marked free, and leaves out what has no month", async () => {
    const month = unique("Workshop in August");
    const quarter = unique("Workshop some time in Q3");
    const anchored = unique("Dialogue at SOM3");
    await create({ kind: "WORKSHOP", name: month, datePrecision: "MONTH", period: "2024-08" });
    await create({ kind: "WORKSHOP", name: quarter, datePrecision: "QUARTER", period: "2024-Q3" });
    await create({ name: anchored, datePrecision: "ANCHOR", dateAnchor: "SOM3 2024" });
    const response = await GET(new Request(`https://tracker.example/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
    const all = events(await response.text());
    expect(all.find((event) => event.summary.endsWith(month))).toEqual({
      summary: `[August 2024] ${month}`,
      start: "2024-08-01",
      end: "2024-09-01",
      allDay: true,
      transparency: "TRANSPARENT",
      description: "Known only to the month: August 2024. Shown across the month, not on a day.",
    });
    expect(all.some((event) => event.summary.includes(quarter) || event.summary.includes(anchored))).toBe(false);
  });
});

describe("the office's name on mission reports", () => {
  it("is null until set, then given in the report's language, with its audit", async () => {
    expect(await officeName("en")).toBeNull();
    signIn(admin);
    const version = (await db.office.findUnique({ where: { id: 1 } }))?.version ?? 0;
    const outcome = await submitForm(setOfficeName, formData({ nameEn: "Customs Administration, Ministry of Finance", nameZh: " 財政部關務署 ", version }));
    expect(outcome.result).toMatchObject({ ok: true });
    expect(await officeName("zh-TW")).toBe("財政部關務署");
    expect(await officeName("en")).toBe("Customs Administration, Ministry of Finance");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "office.update" }, orderBy: { id: "desc" } });
    expect(JSON.parse(audit.after!)).toEqual({ nameEn: "Customs Administration, Ministry of Finance", nameZh: "財政部關務署" });
  });

  it("refuses an officer who is no administrator, and a save from a stale version", async () => {
    const before = await db.office.findUniqueOrThrow({ where: { id: 1 } });
    signIn(officer);
    expect((await submitForm(setOfficeName, formData({ nameEn: "Someone else", version: before.version }))).result).toMatchObject({ ok: false });
    signIn(admin);
    const stale = await submitForm(setOfficeName, formData({ nameEn: "Someone else", version: before.version - 1 }));
    expect(stale.result && !stale.result.ok && rendered(stale.result.message)).toContain("changed the office's settings meanwhile");
    expect(await db.office.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ nameEn: before.nameEn, version: before.version });
  });
});
