// A meeting's record through its server actions, as an officer's forms post them: every rule
// refuses with its own message and writes nothing, every write leaves its audit event, a viewer
// cannot write, and an agenda item edited from an older version is refused whole.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import {
  addDelegationMember,
  addIntervention,
  addRecommendation,
  createAgendaItem,
  deleteAgendaItem,
  moveAgendaItem,
  moveDelegationMember,
  moveIntervention,
  moveRecommendation,
  removeDelegationMember,
  removeIntervention,
  removeRecommendation,
  updateAgendaItem,
  updateDelegationMember,
  updateIntervention,
  updateMeetingReport,
  updateRecommendation,
} from "@/lib/meeting-records/actions";
import { meetingRecord } from "@/lib/meeting-records/queries";
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
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));

let editor: User;
let viewer: User;
let serial = 0;

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  editor = await db.user.create({ data: { email: "editor@records.test", name: "Edna Editor", role: "EDITOR", passwordHash } });
  viewer = await db.user.create({ data: { email: "viewer@records.test", name: "Vic Viewer", role: "VIEWER", passwordHash } });
});

async function freshMeeting() {
  serial += 1;
  return db.meeting.create({ data: { name: `Records test meeting ${serial}`, shortName: `RT${serial}`, startDate: "2024-02-27", endDate: "2024-02-28" } });
}

async function liveItem(offset = 0) {
  return (await db.item.findMany({ where: { archivedAt: null }, orderBy: { id: "asc" }, skip: offset, take: 1 }))[0]!;
}

/** What everything a test may touch looks like, to show a refusal wrote nothing. */
async function snapshot(meetingId: number) {
  return {
    record: await meetingRecord(meetingId),
    meetingItems: await db.meetingItem.findMany({ where: { meetingId }, orderBy: { itemId: "asc" } }),
    audit: await db.auditEvent.count(),
  };
}

async function post(action: Action, fields: Record<string, string | number | (string | number)[]>) {
  const { result } = await submitForm(action, formData(fields));
  return result!;
}

async function ok(action: Action, fields: Record<string, string | number | (string | number)[]>) {
  const result = await post(action, fields);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result;
}

const lastAudit = () => db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });

const fieldError = (result: Awaited<ReturnType<typeof post>>, field: string) =>
  !result.ok ? (result.fieldErrors?.[field] ?? []).map((text) => rendered(text)) : [];

async function addAgenda(meetingId: number, fields: Record<string, string | number | (string | number)[]> = {}) {
  await ok(createAgendaItem, { meetingId, headingEn: "Reports by members", ...fields });
  return db.agendaItem.findFirstOrThrow({ where: { meetingId }, orderBy: { id: "desc" }, include: { speakers: true, workItems: true } });
}

describe("agenda items", () => {
  it("are created with their work items and speakers, and the items are listed as reported at the meeting", async () => {
    signIn(editor);
    const meeting = await freshMeeting();
    const item = await liveItem();
    const agenda = await addAgenda(meeting.id, {
      number: "4",
      headingZh: "會員報告",
      discussion: "Members reported progress.",
      "workItemIds[]": [item.id],
      "speakers.0.name": "Ms Lee",
      "speakers.0.title": "Director",
      "speakers.0.economyCode": "CT",
      "speakers.1.name": "",
      "speakers.2.name": "Mr Wolf",
      "speakers.2.organisation": "WCO",
    });
    expect(agenda.speakers.map((speaker) => [speaker.position, speaker.name, speaker.economyCode, speaker.organisation])).toEqual([
      [0, "Ms Lee", "CT", null],
      [1, "Mr Wolf", null, "WCO"],
    ]);
    expect(agenda.workItems.map((link) => link.itemId)).toEqual([item.id]);
    const reported = await db.meetingItem.findUniqueOrThrow({ where: { meetingId_itemId: { meetingId: meeting.id, itemId: item.id } } });
    expect(reported.agendaItem).toBe("4");
    const events = await db.auditEvent.findMany({
      where: {
        OR: [
          { entityType: "AgendaItem", entityId: String(agenda.id) },
          { action: "meeting.link", entityId: `${meeting.id}:${item.id}` },
        ],
      },
    });
    expect(events.map((event) => event.action).sort()).toEqual(["agenda.create", "meeting.link"]);
    expect(events.every((event) => event.userId === editor.id)).toBe(true);

    const record = (await meetingRecord(meeting.id))!;
    expect(record.agenda[0]!.speakers[0]!.economy).toMatchObject({ code: "CT", nameZh: expect.any(String) });
    expect(record.agenda[0]!.workItems[0]).toMatchObject({ id: item.id, titleEn: item.titleEn, proposer: { code: item.proposerCode } });
  });

  it("refuse a missing heading, a speaker without a name and an unknown economy, each on its field, writing nothing", async () => {
    signIn(editor);
    const meeting = await freshMeeting();
    const before = await snapshot(meeting.id);
    const noHeading = await post(createAgendaItem, { meetingId: meeting.id, headingEn: "  " });
    expect(fieldError(noHeading, "headingEn")).toEqual(["Give the agenda item's heading in English."]);
    expect(rendered((noHeading as { fieldErrors: Record<string, string[]> }).fieldErrors.headingEn![0]!, "zh-TW")).toBe("請填寫議程的英文標題。");
    const nameless = await post(createAgendaItem, { meetingId: meeting.id, headingEn: "Panel", "speakers.3.title": "Chair" });
    expect(fieldError(nameless, "speakers.3.name")).toEqual(["A speaker needs a name; empty the row to leave it out."]);
    const unknown = await post(createAgendaItem, { meetingId: meeting.id, headingEn: "Panel", "speakers.0.name": "Ms X", "speakers.0.economyCode": "ZZ" });
    expect(fieldError(unknown, "speakers.0.economyCode")).toEqual(['"ZZ" is not an APEC economy; choose one from the list.']);
    const malformed = await post(createAgendaItem, {
      meetingId: meeting.id,
      headingEn: "Panel",
      "speakers.0.name": "Ms X",
      "speakers.0.economyCode": "not one",
    });
    expect(fieldError(malformed, "speakers.0.economyCode")).toHaveLength(1);
    expect(await snapshot(meeting.id)).toEqual(before);
  });

  it("refuse linking an archived or a missing work-plan item, with a message, writing nothing", async () => {
    signIn(editor);
    const meeting = await freshMeeting();
    const archived = await liveItem(1);
    await db.item.update({ where: { id: archived.id }, data: { archivedAt: new Date("2024-05-01T00:00:00Z") } });
    try {
      const before = await snapshot(meeting.id);
      const refused = await post(createAgendaItem, { meetingId: meeting.id, headingEn: "Items", "workItemIds[]": [archived.id] });
      expect(fieldError(refused, "addWorkItemId")).toEqual([`"${archived.titleEn}" is archived: restore it before linking it.`]);
      const missing = await post(createAgendaItem, { meetingId: meeting.id, headingEn: "Items", addWorkItemId: "999999" });
      expect(fieldError(missing, "addWorkItemId")).toEqual(["Work-plan item 999999 does not exist (any more)."]);
      expect(await snapshot(meeting.id)).toEqual(before);
    } finally {
      await db.item.update({ where: { id: archived.id }, data: { archivedAt: null } });
    }
  });

  it("are updated with the version they were opened at; a stale version is refused with nothing written", async () => {
    signIn(editor);
    const meeting = await freshMeeting();
    const [first, second] = [await liveItem(2), await liveItem(3)];
    const agenda = await addAgenda(meeting.id, { "workItemIds[]": [first.id], "speakers.0.name": "Ms Lee" });
    await ok(updateAgendaItem, {
      id: agenda.id,
      version: agenda.version,
      headingEn: "Reports by members and the PSU",
      decisions: "Noted.",
      "workItemIds[]": [first.id],
      addWorkItemId: second.id,
      "speakers.0.name": "Ms Lee",
      "speakers.1.name": "Dr Chen",
      "speakers.1.organisation": "PSU",
    });
    const saved = await db.agendaItem.findUniqueOrThrow({ where: { id: agenda.id }, include: { workItems: true, speakers: { orderBy: { position: "asc" } } } });
    expect(saved.version).toBe(agenda.version + 1);
    expect(saved.workItems.map((link) => link.itemId).sort((a, b) => a - b)).toEqual([first.id, second.id].sort((a, b) => a - b));
    expect(saved.speakers.map((speaker) => speaker.name)).toEqual(["Ms Lee", "Dr Chen"]);
    expect(await db.meetingItem.count({ where: { meetingId: meeting.id } })).toBe(2);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "agenda.update", entityId: String(agenda.id) } });
    expect(JSON.parse(event.after!)).toMatchObject({ headingEn: "Reports by members and the PSU", decisions: "Noted." });

    const before = await snapshot(meeting.id);
    const stale = await post(updateAgendaItem, { id: agenda.id, version: agenda.version, headingEn: "An older edit" });
    expect(stale.ok).toBe(false);
    expect(rendered(stale.message)).toMatch(/^Someone saved this agenda item after you opened it, so nothing was saved/);
    const staleRemoval = await post(deleteAgendaItem, { id: agenda.id, version: agenda.version });
    expect(staleRemoval.ok).toBe(false);
    expect(await snapshot(meeting.id)).toEqual(before);

    // An unticked item is no longer discussed here, but stays reported at the meeting.
    await ok(updateAgendaItem, {
      id: agenda.id,
      version: saved.version,
      headingEn: saved.headingEn,
      "workItemIds[]": [second.id],
      "speakers.0.name": "Ms Lee",
    });
    expect((await db.agendaItemWorkItem.findMany({ where: { agendaItemId: agenda.id } })).map((link) => link.itemId)).toEqual([second.id]);
    expect(await db.meetingItem.count({ where: { meetingId: meeting.id } })).toBe(2);
  });

  it("move up and down, and a removal keeps our interventions under it as general ones", async () => {
    signIn(editor);
    const meeting = await freshMeeting();
    const a = await addAgenda(meeting.id, { headingEn: "A" });
    const b = await addAgenda(meeting.id, { headingEn: "B" });
    const c = await addAgenda(meeting.id, { headingEn: "C" });
    const order = async () => (await meetingRecord(meeting.id))!.agenda.map((agenda) => agenda.headingEn);
    await ok(moveAgendaItem, { id: c.id, direction: "up" });
    expect(await order()).toEqual(["A", "C", "B"]);
    expect((await lastAudit()).action).toBe("agenda.update");
    await ok(moveAgendaItem, { id: a.id, direction: "down" });
    expect(await order()).toEqual(["C", "A", "B"]);
    const edge = await post(moveAgendaItem, { id: c.id, direction: "up" });
    expect(rendered(edge.message)).toBe("It is already first.");
    expect(rendered((await post(moveAgendaItem, { id: b.id, direction: "down" })).message)).toBe("It is already last.");

    await ok(addIntervention, { meetingId: meeting.id, agendaItemId: b.id, speaker: "Our head of delegation", text: "We support the project." });
    const current = await db.agendaItem.findUniqueOrThrow({ where: { id: b.id } });
    await ok(deleteAgendaItem, { id: b.id, version: current.version });
    expect(await order()).toEqual(["C", "A"]);
    const event = await lastAudit();
    expect([event.action, event.entityType, event.entityId]).toEqual(["agenda.delete", "AgendaItem", String(b.id)]);
    const record = (await meetingRecord(meeting.id))!;
    expect(record.interventions.map((one) => [one.text, one.agendaItemId])).toEqual([["We support the project.", null]]);
    const gone = await post(deleteAgendaItem, { id: b.id, version: current.version });
    expect(rendered(gone.message)).toBe("This agenda item was removed meanwhile.");
  });
});

describe("delegation, interventions and recommendations", () => {
  it("are added, edited, moved and removed, each with its audit event", async () => {
    signIn(editor);
    const meeting = await freshMeeting();
    await ok(addDelegationMember, { meetingId: meeting.id, name: "Chen Mei-ling", nameZh: "陳美玲", title: "Section Chief", role: "HEAD" });
    expect((await lastAudit()).action).toBe("delegation.create");
    await ok(addDelegationMember, { meetingId: meeting.id, name: "Lin Wei", role: "DELEGATE" });
    const [head, delegate] = (await meetingRecord(meeting.id))!.delegation;
    await ok(updateDelegationMember, { id: delegate!.id, name: "Lin Wei", titleZh: "專員", role: "ADVISER" });
    const edited = await lastAudit();
    expect([edited.action, edited.entityType]).toEqual(["delegation.update", "DelegationMember"]);
    expect(JSON.parse(edited.after!)).toEqual({ titleZh: "專員", role: "ADVISER" });
    await ok(moveDelegationMember, { id: delegate!.id, direction: "up" });
    expect((await meetingRecord(meeting.id))!.delegation.map((member) => [member.name, member.role])).toEqual([
      ["Lin Wei", "ADVISER"],
      ["Chen Mei-ling", "HEAD"],
    ]);
    await ok(removeDelegationMember, { id: head!.id });
    expect((await lastAudit()).action).toBe("delegation.delete");
    const stale = await post(updateDelegationMember, { id: head!.id, name: "Chen Mei-ling", role: "HEAD" });
    expect(rendered(stale.message)).toBe("This member of the delegation was removed meanwhile.");
    expect(fieldError(await post(addDelegationMember, { meetingId: meeting.id, name: "", role: "HEAD" }), "name")).toEqual(["Give the member's name."]);
    expect(fieldError(await post(addDelegationMember, { meetingId: meeting.id, name: "X", role: "CHIEF" }), "role")).toEqual(["Choose the member's role."]);

    const agenda = await addAgenda(meeting.id);
    await ok(addIntervention, { meetingId: meeting.id, agendaItemId: agenda.id, text: "First under the agenda item" });
    await ok(addIntervention, { meetingId: meeting.id, text: "In general" });
    await ok(addIntervention, { meetingId: meeting.id, agendaItemId: agenda.id, text: "Second under the agenda item" });
    const [underFirst, general, underSecond] = (await meetingRecord(meeting.id))!.interventions;
    // It moves among those of its agenda item, past the general one.
    await ok(moveIntervention, { id: underSecond!.id, direction: "up" });
    expect((await meetingRecord(meeting.id))!.agenda[0]!.interventions.map((one) => one.text)).toEqual([
      "Second under the agenda item",
      "First under the agenda item",
    ]);
    expect(rendered((await post(moveIntervention, { id: general!.id, direction: "down" })).message)).toBe("It is already last.");
    for (const one of [underFirst!, general!, underSecond!]) await ok(removeIntervention, { id: one.id });

    await ok(addIntervention, { meetingId: meeting.id, text: "Chinese Taipei thanked the host." });
    expect((await lastAudit()).action).toBe("intervention.create");
    const intervention = (await meetingRecord(meeting.id))!.interventions[0]!;
    const other = await freshMeeting();
    const elsewhere = await addAgenda(other.id);
    const wrongAgenda = await post(updateIntervention, { id: intervention.id, text: "Moved", agendaItemId: elsewhere.id });
    expect(fieldError(wrongAgenda, "agendaItemId")).toEqual(["Choose an agenda item of this meeting."]);
    await ok(updateIntervention, { id: intervention.id, text: "Chinese Taipei thanked the host economy." });
    expect((await lastAudit()).action).toBe("intervention.update");
    expect(fieldError(await post(addIntervention, { meetingId: meeting.id, text: "" }), "text")).toEqual(["Say what our delegation said."]);
    await ok(removeIntervention, { id: intervention.id });
    expect((await lastAudit()).action).toBe("intervention.delete");
    expect(rendered((await post(removeIntervention, { id: intervention.id })).message)).toBe("This intervention was removed meanwhile.");

    await ok(addRecommendation, { meetingId: meeting.id, heading: "Keep attending the SCCP", body: "It is where the plan is set." });
    await ok(addRecommendation, { meetingId: meeting.id, heading: "Share our AEO experience" });
    expect((await lastAudit()).action).toBe("recommendation.create");
    const [first, second] = (await meetingRecord(meeting.id))!.recommendations;
    await ok(moveRecommendation, { id: second!.id, direction: "up" });
    expect((await meetingRecord(meeting.id))!.recommendations.map((one) => one.heading)).toEqual(["Share our AEO experience", "Keep attending the SCCP"]);
    await ok(updateRecommendation, { id: first!.id, heading: "Keep attending the SCCP", body: "" });
    expect(JSON.parse((await lastAudit()).after!)).toEqual({ body: null });
    expect(fieldError(await post(addRecommendation, { meetingId: meeting.id, heading: " " }), "heading")).toEqual(["Give the recommendation a heading."]);
    await ok(removeRecommendation, { id: first!.id });
    expect((await lastAudit()).action).toBe("recommendation.delete");
  });

  it("the report's purpose and summary are saved under the meeting's version, merging a colleague's edit of other fields", async () => {
    signIn(editor);
    const meeting = await freshMeeting();
    const original = JSON.stringify({ reportTitle: "", purpose: "", reportSummary: "" });
    // A colleague changed the meeting's place after the record page was opened.
    await db.meeting.update({ where: { id: meeting.id }, data: { place: "Lima", version: { increment: 1 } } });
    await ok(updateMeetingReport, { id: meeting.id, version: meeting.version, original, reportTitle: "", purpose: "出席 SCCP1。", reportSummary: "本次會議…" });
    const saved = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect([saved.purpose, saved.reportSummary, saved.place, saved.version]).toEqual(["出席 SCCP1。", "本次會議…", "Lima", meeting.version + 2]);
    const event = await lastAudit();
    expect([event.action, event.entityType, event.entityId]).toEqual(["meeting.update", "Meeting", String(meeting.id)]);

    // The same field changed differently since: a conflict to decide, nothing written; the field
    // only the colleague changed is not asked about.
    const before = await snapshot(meeting.id);
    const conflict = await post(updateMeetingReport, { id: meeting.id, version: meeting.version, original, purpose: "Another purpose", reportSummary: "" });
    expect(conflict.ok).toBe(false);
    expect(!conflict.ok && conflict.conflict?.fields.map((field) => field.name)).toEqual(["purpose"]);
    expect(await snapshot(meeting.id)).toEqual(before);
  });
});

describe("who may write", () => {
  it("a viewer reads the record but every write is refused, nothing written", async () => {
    signIn(editor);
    const meeting = await freshMeeting();
    const agenda = await addAgenda(meeting.id);
    signIn(viewer);
    const before = await snapshot(meeting.id);
    const attempts: [Action, Record<string, string | number>][] = [
      [createAgendaItem, { meetingId: meeting.id, headingEn: "Viewer's item" }],
      [updateAgendaItem, { id: agenda.id, version: agenda.version, headingEn: "Viewer's edit" }],
      [deleteAgendaItem, { id: agenda.id, version: agenda.version }],
      [moveAgendaItem, { id: agenda.id, direction: "down" }],
      [addDelegationMember, { meetingId: meeting.id, name: "V", role: "HEAD" }],
      [addIntervention, { meetingId: meeting.id, text: "V" }],
      [addRecommendation, { meetingId: meeting.id, heading: "V" }],
      [updateMeetingReport, { id: meeting.id, version: meeting.version, purpose: "V" }],
    ];
    for (const [action, fields] of attempts) {
      const result = await post(action, fields);
      expect(result.ok).toBe(false);
      expect(rendered(result.message)).toMatch(/permission|editor|role/i);
    }
    expect(await snapshot(meeting.id)).toEqual(before);
    expect((await meetingRecord(meeting.id))!.agenda).toHaveLength(1);
  });
});
