// Follow-up actions: every rule of the write layer, each with its audit event, whichever way the
// change comes (server action or the write layer itself); the overdue rule in SQL against the
// milestones'; the overview's and "My actions"' lists; and the exports read back.
import ExcelJS from "exceljs";
import fc from "fast-check";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportActions } from "@/app/(app)/actions/export/route";
import { hashPassword } from "@/lib/auth/password";
import { addDays } from "@/lib/dates";
import { db } from "@/lib/db";
import type { FollowUpAction, User } from "@/lib/db/generated/client";
import { writeTransaction } from "@/lib/db/write";
import {
  completeFollowUp,
  createFollowUp,
  createFollowUpFromRecommendation,
  deleteFollowUp,
  dropFollowUp,
  editFollowUp,
  reopenFollowUp,
} from "@/lib/follow-ups/actions";
import { followUpDueState } from "@/lib/follow-ups/due";
import { followUpToFormValues } from "@/lib/follow-ups/form-values";
import { setFollowUpStatus } from "@/lib/follow-ups/mutations";
import { dueFollowUpsOf, listFollowUps, overdueFollowUps } from "@/lib/follow-ups/queries";
import { dueState, toStoredDue } from "@/lib/milestones/due";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm, type Action } from "../support/action-calls";
import { signIn } from "../support/import-files";
import { rendered } from "../support/messages";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let officer: User;
let colleague: User;
let viewer: User;
let departed: User;
let itemId: number;
let meetingId: number;

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  officer = await db.user.create({ data: { email: "officer@actions.test", name: "Olive Officer", role: "EDITOR", passwordHash } });
  colleague = await db.user.create({ data: { email: "colleague@actions.test", name: "Colin Colleague", role: "EDITOR", passwordHash } });
  viewer = await db.user.create({ data: { email: "viewer@actions.test", name: "Vera Viewer", role: "VIEWER", passwordHash } });
  departed = await db.user.create({ data: { email: "gone@actions.test", name: "Gone Officer", role: "EDITOR", passwordHash, active: false } });
  itemId = (await db.item.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { id: "asc" } })).id;
  meetingId = (await db.meeting.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
});

/** A work-plan item of its own, archived when `archivedAt` is given. */
async function newItem(titleEn: string, archivedAt: Date | null = null) {
  const model = await db.item.findUniqueOrThrow({ where: { id: itemId }, select: { kind: true, forumId: true, year: true, proposerCode: true, status: true } });
  return db.item.create({ data: { ...model, titleEn, archivedAt } });
}

async function post(action: Action, fields: Record<string, string | number>) {
  const { result } = await submitForm(action, formData(fields));
  return result!;
}

async function created(fields: Record<string, string | number>, as: User = officer): Promise<FollowUpAction> {
  signIn(as);
  const result = await post(createFollowUp, { ownerId: officer.id, due: "", ...fields });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return db.followUpAction.findUniqueOrThrow({ where: { id: (result as { id: number }).id } });
}

async function lastAudit() {
  return db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
}

/** Everything a refused change could have written. */
async function written() {
  return JSON.stringify([await db.followUpAction.findMany({ orderBy: { id: "asc" } }), await db.auditEvent.count()]);
}

async function refused(action: Action, fields: Record<string, string | number>, as: User = officer) {
  signIn(as);
  const before = await written();
  const result = await post(action, fields);
  expect(result.ok).toBe(false);
  expect(await written()).toBe(before);
  return result as { ok: false; message: string; fieldErrors?: Record<string, string[]> };
}

describe("making an action", () => {
  it("on an item: a month-only date kept as a month, filed in the item's history", async () => {
    const action = await created({ itemId, description: "Answer the US survey on green customs", due: "2024-10" });
    expect(action).toMatchObject({
      itemId,
      meetingId: null,
      precision: "MONTH",
      dueStart: "2024-10-01",
      dueEnd: "2024-10-31",
      status: "OPEN",
      createdById: officer.id,
    });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "followup.create", entityType: "FollowUpAction", entityId: String(action.id), itemId, userId: officer.id });
    expect(rendered(audit.summary)).toBe('Added follow-up action "Answer the US survey on green customs" (October 2024)');
    expect(rendered(audit.summary, "zh-TW")).toBe("新增後續行動「Answer the US survey on green customs」（2024年10月）");
  });

  it("on a meeting alone, or on both", async () => {
    const alone = await created({ meetingId, description: "Brief the minister on the e-B/L workshop", due: "2024-11-15" });
    expect(alone).toMatchObject({ itemId: null, meetingId, precision: "DAY", dueEnd: "2024-11-15" });
    expect(await lastAudit()).toMatchObject({ action: "followup.create", itemId: null });
    const both = await created({ meetingId, itemId, description: "Send the concept note to the chair" });
    expect(both).toMatchObject({ itemId, meetingId, precision: "UNDATED", dueEnd: null });
  });

  it("refuses one on nothing, on an archived item, for an inactive owner, or by a viewer", async () => {
    expect(rendered((await refused(createFollowUp, { description: "Floating", ownerId: officer.id })).message)).toMatch(/a work-plan item, a meeting, or both/);
    const archived = await newItem("Archived one", new Date("2024-06-01T00:00:00Z"));
    expect(rendered((await refused(createFollowUp, { itemId: archived.id, description: "Too late", ownerId: officer.id })).message)).toMatch(
      /This item is archived/,
    );
    const inactive = await refused(createFollowUp, { itemId, description: "For someone gone", ownerId: departed.id });
    expect(rendered(inactive.fieldErrors!.ownerId![0]!)).toBe("The owner must be an officer whose account is active.");
    expect((await refused(createFollowUp, { itemId, description: "For no one", ownerId: 999_999 })).ok).toBe(false);
    await refused(createFollowUp, { itemId, description: "By a viewer", ownerId: viewer.id }, viewer);
  });

  it("refuses a quarter or a year as a due date, saying why", async () => {
    const quarter = await refused(createFollowUp, { itemId, description: "Quarterly", ownerId: officer.id, due: "2024-Q4" });
    expect(rendered(quarter.fieldErrors!.due![0]!)).toMatch(/is a quarter or a year/);
    const year = await refused(createFollowUp, { itemId, description: "Yearly", ownerId: officer.id, due: "2025" });
    expect(rendered(year.fieldErrors!.due![0]!)).toMatch(/is a quarter or a year/);
    expect(rendered((await refused(createFollowUp, { itemId, description: "Whenever", ownerId: officer.id, due: "soon" })).fieldErrors!.due![0]!)).toMatch(
      /is not a due date/,
    );
  });

  it("from a recommendation: its heading and meeting, the officer as owner", async () => {
    const recommendation = await db.recommendation.findFirstOrThrow({ orderBy: { id: "asc" } });
    signIn(colleague);
    const result = await post(createFollowUpFromRecommendation, { recommendationId: recommendation.id });
    expect(result.ok).toBe(true);
    const action = await db.followUpAction.findUniqueOrThrow({ where: { id: (result as { id: number }).id } });
    expect(action).toMatchObject({
      description: recommendation.heading,
      meetingId: recommendation.meetingId,
      recommendationId: recommendation.id,
      ownerId: colleague.id,
      itemId: null,
      precision: "UNDATED",
    });
    expect(await lastAudit()).toMatchObject({ action: "followup.create", entityId: String(action.id) });
    expect((await refused(createFollowUpFromRecommendation, { recommendationId: 999_999 })).message).toMatch(/recommendationGone/);
    await refused(createFollowUpFromRecommendation, { recommendationId: recommendation.id }, viewer);
  });
});

describe("changing an action", () => {
  async function editForm(action: FollowUpAction) {
    const values = followUpToFormValues(action);
    return { ...values, id: action.id, version: action.version, original: JSON.stringify(values) };
  }

  it("saves what changed, with the fields before and after", async () => {
    const action = await created({ itemId, description: "Draft the reply", due: "2024-10" });
    signIn(officer);
    const result = await post(editFollowUp, { ...(await editForm(action)), due: "2024-10-20", ownerId: colleague.id });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(await db.followUpAction.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      precision: "DAY",
      dueEnd: "2024-10-20",
      ownerId: colleague.id,
      version: 2,
    });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "followup.update", itemId });
    expect(JSON.parse(audit.before!)).toEqual({ ownerId: officer.id, precision: "MONTH", dueStart: "2024-10-01", dueEnd: "2024-10-31" });
    expect(JSON.parse(audit.after!)).toEqual({ ownerId: colleague.id, precision: "DAY", dueStart: "2024-10-20", dueEnd: "2024-10-20" });
  });

  it("merges a colleague's change to another field, and makes the same field changed differently a conflict", async () => {
    const action = await created({ itemId, description: "Collect the figures", due: "2024-12" });
    const form = await editForm(action);
    signIn(colleague);
    expect((await post(editFollowUp, { ...form, due: "2024-11" })).ok).toBe(true);
    signIn(officer);
    const merged = await post(editFollowUp, { ...form, description: "Collect the 2024 figures" });
    expect(merged).toMatchObject({ ok: true, merged: true });
    expect(await db.followUpAction.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      description: "Collect the 2024 figures",
      dueEnd: "2024-11-30",
      version: 3,
    });

    const before = await written();
    const conflict = await post(editFollowUp, { ...form, due: "2025-01" });
    expect(conflict.ok).toBe(false);
    expect((conflict as { conflict?: { fields: { name: string }[] } }).conflict?.fields.map((field) => field.name)).toEqual(["due"]);
    expect(await written()).toBe(before);
  });

  it("refuses an edit to an inactive owner and to an action of an archived item", async () => {
    const action = await created({ itemId, description: "Keep it with the living" });
    expect((await refused(editFollowUp, { ...(await editForm(action)), ownerId: departed.id })).fieldErrors?.ownerId).toHaveLength(1);
    const archived = await newItem("Soon archived");
    const frozen = await created({ itemId: archived.id, description: "On an item about to go" });
    await db.item.update({ where: { id: archived.id }, data: { archivedAt: new Date("2024-07-01T00:00:00Z") } });
    expect(rendered((await refused(editFollowUp, { ...(await editForm(frozen)), description: "Changed anyway" })).message)).toMatch(/archived/);
    // Closing it stays possible, so it does not linger open; opening it again does not.
    signIn(officer);
    expect((await post(completeFollowUp, { id: frozen.id, version: 1 })).ok).toBe(true);
    expect(rendered((await refused(reopenFollowUp, { id: frozen.id, version: 2 })).message)).toMatch(/archived/);
  });

  it("done on the office's day, once; dropped; reopened; each in the audit trail", async () => {
    const action = await created({ itemId, meetingId, description: "Reply to the secretariat" });
    vi.stubEnv("APP_TIME_ZONE", "Asia/Taipei");
    await writeTransaction((tx) => setFollowUpStatus(tx, officer, { id: action.id, version: 1, status: "DONE", now: new Date("2024-10-15T17:30:00Z") }));
    vi.unstubAllEnvs();
    // 17:30 UTC is 01:30 the next day in Taipei, the office's day.
    expect(await db.followUpAction.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "DONE", completedOn: "2024-10-16", version: 2 });
    expect(await lastAudit()).toMatchObject({ action: "followup.complete", itemId });
    expect(rendered((await refused(completeFollowUp, { id: action.id, version: 2 })).message)).toBe("This action is already done.");

    signIn(officer);
    expect((await post(reopenFollowUp, { id: action.id, version: 2 })).ok).toBe(true);
    expect(await db.followUpAction.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "OPEN", completedOn: null, version: 3 });
    expect(await lastAudit()).toMatchObject({ action: "followup.update", after: JSON.stringify({ status: "OPEN", completedOn: null }) });
    expect((await post(dropFollowUp, { id: action.id, version: 3 })).ok).toBe(true);
    expect(rendered((await lastAudit()).summary)).toBe('Dropped follow-up action "Reply to the secretariat"');
    expect(rendered((await refused(completeFollowUp, { id: action.id, version: 4 })).message)).toBe("This action was dropped; reopen it first.");
    // A stale version is refused, not applied over the newer state.
    expect(rendered((await refused(reopenFollowUp, { id: action.id, version: 3 })).message)).toMatch(/changed this action since you opened the page/);
    await refused(reopenFollowUp, { id: action.id, version: 4 }, viewer);
  });

  it("removed at the version seen, the audit event keeping what it was", async () => {
    const action = await created({ itemId, description: "Remove me", due: "2024-09-30" });
    await refused(deleteFollowUp, { id: action.id, version: 2 });
    await refused(deleteFollowUp, { id: action.id, version: 1 }, viewer);
    signIn(officer);
    expect((await post(deleteFollowUp, { id: action.id, version: 1 })).ok).toBe(true);
    expect(await db.followUpAction.findUnique({ where: { id: action.id } })).toBeNull();
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "followup.delete", itemId, entityId: String(action.id) });
    expect(JSON.parse(audit.before!)).toMatchObject({ description: "Remove me", dueEnd: "2024-09-30", status: "OPEN" });
    expect(rendered((await refused(deleteFollowUp, { id: action.id, version: 1 })).message)).toMatch(/no longer exists/);
  });
});

describe("what is overdue", () => {
  it("in the database is what the milestones' rule says, for any dates and statuses", async () => {
    const owner = await db.user.create({ data: { email: "property@actions.test", name: "Pat Property", role: "EDITOR", passwordHash: "x" } });
    const meeting = await db.meeting.create({ data: { kind: "MEETING", name: "Property meeting" } });
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => addDays("2023-01-01", offset));
    const stored = fc.oneof(
      day.map((date) => toStoredDue({ precision: "DAY", date })),
      fc.record({ year: fc.integer({ min: 2023, max: 2025 }), month: fc.integer({ min: 1, max: 12 }) }).map((m) => toStoredDue({ precision: "MONTH", ...m })),
      fc.constant(toStoredDue({ precision: "UNDATED" })),
    );
    const action = fc.record({ due: stored, status: fc.constantFrom("OPEN" as const, "DONE" as const, "DROPPED" as const) });
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), day, async (actions, today) => {
        await db.followUpAction.deleteMany({ where: { meetingId: meeting.id } });
        const others = (await overdueFollowUps(today, 1)).total;
        await db.followUpAction.createMany({
          data: actions.map(({ due, status }, at) => ({
            description: `property ${at}`,
            ownerId: owner.id,
            meetingId: meeting.id,
            status,
            precision: due.precision,
            dueStart: due.dueStart,
            dueEnd: due.dueEnd,
          })),
        });
        const asMilestone = { OPEN: "PLANNED", DONE: "DONE", DROPPED: "CANCELLED" } as const;
        const expected = actions.filter(({ due, status }) => dueState({ status: asMilestone[status], dueEnd: due.dueEnd }, today) === "overdue").length;
        expect((await overdueFollowUps(today, 50)).total - others).toBe(expected);
        const mine = await dueFollowUpsOf(owner.id, today);
        const soon = actions.filter(({ due, status }) => ["overdue", "due-soon"].includes(followUpDueState({ status, dueEnd: due.dueEnd }, today)));
        expect(mine.map((one) => one.dueEnd).sort()).toEqual(soon.map(({ due }) => due.dueEnd).sort());
      }),
      { numRuns: 25 },
    );
    await db.followUpAction.deleteMany({ where: { meetingId: meeting.id } });
  });

  it("leaves out an archived item's actions, as its milestones are left out", async () => {
    const archived = await newItem("Archived with a late action", new Date("2024-06-01T00:00:00Z"));
    const before = (await overdueFollowUps("2030-01-01", 1)).total;
    await db.followUpAction.create({
      data: { description: "Of an archived item", itemId: archived.id, ownerId: officer.id, precision: "DAY", dueStart: "2024-01-01", dueEnd: "2024-01-01" },
    });
    expect((await overdueFollowUps("2030-01-01", 1)).total).toBe(before);
  });
});

describe("My actions", () => {
  it("lists open first by due date, filtered by status and owner", async () => {
    const mine = await listFollowUps({ ownerId: officer.id, status: "all" });
    const statuses = mine.map((one) => one.status);
    expect(statuses.indexOf("OPEN")).toBe(0);
    expect(statuses.lastIndexOf("OPEN")).toBeLessThan(statuses.findIndex((status) => status !== "OPEN"));
    const open = mine.filter((one) => one.status === "OPEN").map((one) => one.dueEnd ?? "~");
    expect(open).toEqual([...open].sort());
    expect((await listFollowUps({ ownerId: officer.id, status: "open" })).every((one) => one.status === "OPEN" && one.ownerId === officer.id)).toBe(true);
    const everyone = await listFollowUps({ ownerId: null, status: "all" });
    expect(everyone.length).toBe(await db.followUpAction.count());
  });
});

describe("the export", () => {
  async function download(query: string, as: User = officer) {
    signIn(as);
    return exportActions(new Request(`http://localhost/actions/export?${query}`));
  }

  it("as CSV: a BOM, the page's rows, formula-safe text", async () => {
    await created({ itemId, description: '=HYPERLINK("http://evil")', due: "2024-08" });
    const response = await download("format=csv&status=all");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="sccp-actions-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = Papa.parse<string[]>(new TextDecoder().decode(bytes), { newline: "\r\n", skipEmptyLines: true }).data;
    expect(header).toEqual(["Action ID", "Description", "Owner", "Due", "Due by", "Status", "Overdue", "Done on", "Work-plan item", "Meeting"]);
    const expected = await listFollowUps({ ownerId: officer.id, status: "all" });
    expect(rows.map((row) => Number(row[0]))).toEqual(expected.map((one) => one.id));
    const evil = rows.find((row) => row[1]!.includes("HYPERLINK"))!;
    expect(evil[1]).toBe('\'=HYPERLINK("http://evil")');
    expect(evil.slice(2, 7)).toEqual(["Olive Officer", "August 2024", "2024-08-31", "Open", expect.stringMatching(/^(yes)?$/)]);
  });

  it("as a workbook: real dates, text never a formula, in Chinese when asked", async () => {
    const response = await download("format=xlsx&status=all&lang=zh-TW");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet("後續行動")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("待辦事項");
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const evil = rows.find((row) => String(row[2]).includes("HYPERLINK"))!;
    expect(evil[2]).toBe('=HYPERLINK("http://evil")');
    expect(evil[4]).toBe("2024年8月");
    expect(evil[5]).toEqual(new Date("2024-08-31T00:00:00Z"));
    expect(evil[6]).toBe("待辦");
  });

  it("refuses a query it cannot read, and anyone signed out", async () => {
    const bad = await download("format=pdf&status=late");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/status is open, done, dropped or all/);
    signIn(null);
    expect((await exportActions(new Request("http://localhost/actions/export"))).status).toBe(401);
  });
});
