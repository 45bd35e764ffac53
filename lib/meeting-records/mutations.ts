import "server-only";
import { mergeStaleSave, staleConflict } from "../actions/conflict";
import { RefusedError } from "../actions/errors";
import { changedFields, recordAudit, type AuditAction } from "../audit/record";
import { lockRow, updateIfVersion, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { linkItem } from "../meetings/mutations";
import { movedPositions } from "./order";
import {
  meetingReportFieldsSchema,
  speakerField,
  type AgendaItemFields,
  type DelegationMemberFields,
  type InterventionFields,
  type MeetingReportFields,
  type Move,
  type RecommendationFields,
  type SpeakerInput,
} from "./schema";

// The rules of a meeting's record, whichever way a change comes. Every record belongs to its
// meeting's row, so every change holds that row first (lockRow) and reads after: changes to one
// meeting's record take turns, positions are read and written by one writer at a time, and an
// edit finds a record a colleague removed meanwhile gone, and says so. Agenda items carry a
// version; an edit or removal made from an older one is refused and nothing is written. A work-plan
// item discussed under an agenda item is listed as reported at the meeting too, the way the
// meeting page's own link makes it (lib/meetings/mutations.ts).

const text = (key: string, values?: Record<string, string | number>) => msg(`meetingRecords.${key}`, values);

const meetingLabel = (meeting: { shortName: string | null; name: string }) => meeting.shortName ?? meeting.name;

async function heldMeeting(tx: Tx, meetingId: number) {
  await lockRow(tx, "Meeting", meetingId);
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true, name: true, shortName: true } });
  if (!meeting) throw new RefusedError(msg("a.meetingGone"));
  return meeting;
}

/**
 * A record as it stands once its meeting is held: looked up once to learn its meeting, then read
 * again under the lock, since a colleague may have removed it in between.
 */
async function held<T extends { meetingId: number }>(tx: Tx, find: () => Promise<T | null>, gone: string) {
  const first = await find();
  if (!first) throw new RefusedError(text(`a.${gone}`));
  const meeting = await heldMeeting(tx, first.meetingId);
  const current = await find();
  if (!current) throw new RefusedError(text(`a.${gone}`));
  return { current, meeting };
}

async function nextPosition(tx: Tx, model: OrderedModel, meetingId: number) {
  const rows = await ordered(tx, model).findMany({ where: { meetingId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  return rows.length ? Math.max(...rows.map((row) => row.position)) + 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Agenda items

const agendaInclude = {
  workItems: { select: { itemId: true as const } },
  speakers: { orderBy: [{ position: "asc" as const }, { id: "asc" as const }] },
};

type SpeakerRow = Pick<SpeakerInput, "name" | "title" | "organisation" | "economyCode">;

function agendaSnapshot(agenda: {
  number: string | null;
  headingEn: string;
  headingZh: string | null;
  discussion: string | null;
  decisions: string | null;
  workItemIds: number[];
  speakers: SpeakerRow[];
}) {
  return {
    number: agenda.number,
    headingEn: agenda.headingEn,
    headingZh: agenda.headingZh,
    discussion: agenda.discussion,
    decisions: agenda.decisions,
    workItemIds: [...agenda.workItemIds].sort((a, b) => a - b),
    speakers: agenda.speakers.map(({ name, title, organisation, economyCode }) => ({ name, title, organisation, economyCode })),
  };
}

/** Each speaker's economy, if one is given, must be one of APEC's. */
async function checkEconomies(tx: Tx, speakers: SpeakerInput[]) {
  const codes = [...new Set(speakers.flatMap((speaker) => (speaker.economyCode ? [speaker.economyCode] : [])))];
  if (!codes.length) return;
  const known = new Set((await tx.economy.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((economy) => economy.code));
  const errors: Record<string, string[]> = {};
  for (const speaker of speakers) {
    if (speaker.economyCode && !known.has(speaker.economyCode)) {
      errors[speakerField(speaker.row, "economyCode")] = [text("v.unknownEconomy", { code: speaker.economyCode })];
    }
  }
  if (Object.keys(errors).length) throw new RefusedError(msg("a.fieldsNeedAttention"), errors);
}

/** Items newly named for an agenda item must exist and be open; those linked before may stay. */
async function checkWorkItems(tx: Tx, added: number[]) {
  const ids = [...added].sort((a, b) => a - b);
  for (const itemId of ids) await lockRow(tx, "Item", itemId);
  const found = new Map(
    (await tx.item.findMany({ where: { id: { in: ids } }, select: { id: true, titleEn: true, archivedAt: true } })).map((item) => [item.id, item]),
  );
  const errors = ids.flatMap((itemId) => {
    const item = found.get(itemId);
    if (!item) return [text("v.itemMissing", { id: itemId })];
    return item.archivedAt ? [text("v.itemArchived", { title: item.titleEn })] : [];
  });
  // Shown under the list of the item fieldset, whether the item was ticked or chosen.
  if (errors.length) throw new RefusedError(msg("a.fieldsNeedAttention"), { addWorkItemId: errors });
}

/** An item discussed at the meeting is reported there: listed on the meeting as its own link would. */
async function reportAtMeeting(tx: Tx, actor: Actor, meetingId: number, itemIds: number[], agendaNumber: string | null) {
  for (const itemId of itemIds) {
    const listed = await tx.meetingItem.findUnique({ where: { meetingId_itemId: { meetingId, itemId } }, select: { itemId: true } });
    if (!listed) await linkItem(tx, actor, { meetingId, itemId, agendaItem: agendaNumber, note: null });
  }
}

const speakerRows = (agendaItemId: number, speakers: SpeakerInput[]) =>
  speakers.map((speaker, position) => ({
    agendaItemId,
    position,
    name: speaker.name,
    title: speaker.title,
    organisation: speaker.organisation,
    economyCode: speaker.economyCode,
  }));

const agendaLabel = (agenda: { number: string | null; headingEn: string }) => (agenda.number ? `${agenda.number} ${agenda.headingEn}` : agenda.headingEn);

export async function createAgendaItem(tx: Tx, actor: Actor, input: { meetingId: number; fields: AgendaItemFields }) {
  const { meetingId, fields } = input;
  const meeting = await heldMeeting(tx, meetingId);
  await checkEconomies(tx, fields.speakers);
  await checkWorkItems(tx, fields.workItemIds);
  const { workItemIds, speakers, ...scalars } = fields;
  const created = await tx.agendaItem.create({
    data: {
      ...scalars,
      meetingId,
      position: await nextPosition(tx, "agendaItem", meetingId),
      workItems: { create: workItemIds.map((itemId) => ({ itemId })) },
    },
  });
  if (speakers.length) await tx.agendaSpeaker.createMany({ data: speakerRows(created.id, speakers) });
  await reportAtMeeting(tx, actor, meetingId, workItemIds, fields.number);
  await recordAudit(tx, {
    userId: actor.id,
    action: "agenda.create",
    entityType: "AgendaItem",
    entityId: created.id,
    summary: text("audit.agendaCreated", { heading: agendaLabel(created), name: meetingLabel(meeting) }),
    after: agendaSnapshot(fields),
  });
  return created;
}

const findAgendaItem = (tx: Tx, id: number) => () => tx.agendaItem.findUnique({ where: { id }, include: agendaInclude });

const storedAgenda = (agenda: NonNullable<Awaited<ReturnType<ReturnType<typeof findAgendaItem>>>>) =>
  agendaSnapshot({ ...agenda, workItemIds: agenda.workItems.map((link) => link.itemId) });

export async function updateAgendaItem(tx: Tx, actor: Actor, edit: { id: number; version: number; fields: AgendaItemFields }) {
  const { id, fields } = edit;
  const { current, meeting } = await held(tx, findAgendaItem(tx, id), "agendaGone");
  if (current.version !== edit.version) throw new RefusedError(text("a.agendaChanged"));
  const diff = changedFields(storedAgenda(current), agendaSnapshot(fields));
  if (diff.changed.length === 0) return { meetingId: current.meetingId, changed: false };
  const linked = new Set(current.workItems.map((link) => link.itemId));
  const added = fields.workItemIds.filter((itemId) => !linked.has(itemId));
  await checkEconomies(tx, fields.speakers);
  await checkWorkItems(tx, added);
  const { workItemIds, speakers, ...scalars } = fields;
  const { count } = await tx.agendaItem.updateMany({ where: { id, version: current.version }, data: { ...scalars, version: { increment: 1 } } });
  if (count !== 1) throw new RefusedError(text("a.agendaChanged"));
  await tx.agendaItemWorkItem.deleteMany({ where: { agendaItemId: id, itemId: { notIn: workItemIds } } });
  if (added.length) await tx.agendaItemWorkItem.createMany({ data: added.map((itemId) => ({ agendaItemId: id, itemId })) });
  if (diff.changed.includes("speakers")) {
    await tx.agendaSpeaker.deleteMany({ where: { agendaItemId: id } });
    if (speakers.length) await tx.agendaSpeaker.createMany({ data: speakerRows(id, speakers) });
  }
  await reportAtMeeting(tx, actor, current.meetingId, added, fields.number);
  await recordAudit(tx, {
    userId: actor.id,
    action: "agenda.update",
    entityType: "AgendaItem",
    entityId: id,
    summary: text("audit.agendaUpdated", { heading: agendaLabel(fields), name: meetingLabel(meeting) }),
    before: diff.before,
    after: diff.after,
  });
  return { meetingId: current.meetingId, changed: true };
}

export async function deleteAgendaItem(tx: Tx, actor: Actor, input: { id: number; version: number }) {
  const { current, meeting } = await held(tx, findAgendaItem(tx, input.id), "agendaGone");
  if (current.version !== input.version) throw new RefusedError(text("a.agendaChanged"));
  await tx.agendaItem.delete({ where: { id: input.id } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "agenda.delete",
    entityType: "AgendaItem",
    entityId: input.id,
    summary: text("audit.agendaDeleted", { heading: agendaLabel(current), name: meetingLabel(meeting) }),
    before: storedAgenda(current),
  });
  return current.meetingId;
}

// ---------------------------------------------------------------------------------------------
// Delegation members, interventions and recommendations: no version, the latest save stands;
// one made on a record removed meanwhile is refused with that reason.

export async function addDelegationMember(tx: Tx, actor: Actor, input: { meetingId: number; fields: DelegationMemberFields }) {
  const meeting = await heldMeeting(tx, input.meetingId);
  const created = await tx.delegationMember.create({
    data: { ...input.fields, meetingId: input.meetingId, position: await nextPosition(tx, "delegationMember", input.meetingId) },
  });
  await recordAudit(tx, {
    userId: actor.id,
    action: "delegation.create",
    entityType: "DelegationMember",
    entityId: created.id,
    summary: text("audit.memberAdded", { member: created.name, name: meetingLabel(meeting) }),
    after: { ...input.fields },
  });
  return created;
}

export async function updateDelegationMember(tx: Tx, actor: Actor, input: { id: number; fields: DelegationMemberFields }) {
  const { current, meeting } = await held(tx, () => tx.delegationMember.findUnique({ where: { id: input.id } }), "memberGone");
  const diff = changedFields(current, input.fields);
  if (diff.changed.length) {
    await tx.delegationMember.update({ where: { id: input.id }, data: input.fields });
    await recordAudit(tx, {
      userId: actor.id,
      action: "delegation.update",
      entityType: "DelegationMember",
      entityId: input.id,
      summary: text("audit.memberUpdated", { member: input.fields.name, name: meetingLabel(meeting) }),
      before: diff.before,
      after: diff.after,
    });
  }
  return current.meetingId;
}

export async function removeDelegationMember(tx: Tx, actor: Actor, input: { id: number }) {
  const { current, meeting } = await held(tx, () => tx.delegationMember.findUnique({ where: { id: input.id } }), "memberGone");
  await tx.delegationMember.delete({ where: { id: input.id } });
  const { name, nameZh, title, titleZh, role } = current;
  await recordAudit(tx, {
    userId: actor.id,
    action: "delegation.delete",
    entityType: "DelegationMember",
    entityId: input.id,
    summary: text("audit.memberRemoved", { member: name, name: meetingLabel(meeting) }),
    before: { name, nameZh, title, titleZh, role },
  });
  return current.meetingId;
}

/** An intervention may be filed under an agenda item of its own meeting only. */
async function checkAgendaItem(tx: Tx, meetingId: number, agendaItemId: number | null) {
  if (agendaItemId === null) return;
  const agenda = await tx.agendaItem.findFirst({ where: { id: agendaItemId, meetingId }, select: { id: true } });
  if (!agenda) throw new RefusedError(msg("a.fieldsNeedAttention"), { agendaItemId: [text("v.agendaItemNotHere")] });
}

const excerpt = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

export async function addIntervention(tx: Tx, actor: Actor, input: { meetingId: number; fields: InterventionFields }) {
  const meeting = await heldMeeting(tx, input.meetingId);
  await checkAgendaItem(tx, input.meetingId, input.fields.agendaItemId);
  const created = await tx.intervention.create({
    data: { ...input.fields, meetingId: input.meetingId, position: await nextPosition(tx, "intervention", input.meetingId) },
  });
  await recordAudit(tx, {
    userId: actor.id,
    action: "intervention.create",
    entityType: "Intervention",
    entityId: created.id,
    summary: text("audit.interventionAdded", { text: excerpt(created.text), name: meetingLabel(meeting) }),
    after: { ...input.fields },
  });
  return created;
}

export async function updateIntervention(tx: Tx, actor: Actor, input: { id: number; fields: InterventionFields }) {
  const { current, meeting } = await held(tx, () => tx.intervention.findUnique({ where: { id: input.id } }), "interventionGone");
  await checkAgendaItem(tx, current.meetingId, input.fields.agendaItemId);
  const diff = changedFields(current, input.fields);
  if (diff.changed.length) {
    await tx.intervention.update({ where: { id: input.id }, data: input.fields });
    await recordAudit(tx, {
      userId: actor.id,
      action: "intervention.update",
      entityType: "Intervention",
      entityId: input.id,
      summary: text("audit.interventionUpdated", { text: excerpt(input.fields.text), name: meetingLabel(meeting) }),
      before: diff.before,
      after: diff.after,
    });
  }
  return current.meetingId;
}

export async function removeIntervention(tx: Tx, actor: Actor, input: { id: number }) {
  const { current, meeting } = await held(tx, () => tx.intervention.findUnique({ where: { id: input.id } }), "interventionGone");
  await tx.intervention.delete({ where: { id: input.id } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "intervention.delete",
    entityType: "Intervention",
    entityId: input.id,
    summary: text("audit.interventionRemoved", { text: excerpt(current.text), name: meetingLabel(meeting) }),
    before: { speaker: current.speaker, text: current.text, agendaItemId: current.agendaItemId },
  });
  return current.meetingId;
}

export async function addRecommendation(tx: Tx, actor: Actor, input: { meetingId: number; fields: RecommendationFields }) {
  const meeting = await heldMeeting(tx, input.meetingId);
  const created = await tx.recommendation.create({
    data: { ...input.fields, meetingId: input.meetingId, position: await nextPosition(tx, "recommendation", input.meetingId) },
  });
  await recordAudit(tx, {
    userId: actor.id,
    action: "recommendation.create",
    entityType: "Recommendation",
    entityId: created.id,
    summary: text("audit.recommendationAdded", { heading: created.heading, name: meetingLabel(meeting) }),
    after: { ...input.fields },
  });
  return created;
}

export async function updateRecommendation(tx: Tx, actor: Actor, input: { id: number; fields: RecommendationFields }) {
  const { current, meeting } = await held(tx, () => tx.recommendation.findUnique({ where: { id: input.id } }), "recommendationGone");
  const diff = changedFields(current, input.fields);
  if (diff.changed.length) {
    await tx.recommendation.update({ where: { id: input.id }, data: input.fields });
    await recordAudit(tx, {
      userId: actor.id,
      action: "recommendation.update",
      entityType: "Recommendation",
      entityId: input.id,
      summary: text("audit.recommendationUpdated", { heading: input.fields.heading, name: meetingLabel(meeting) }),
      before: diff.before,
      after: diff.after,
    });
  }
  return current.meetingId;
}

export async function removeRecommendation(tx: Tx, actor: Actor, input: { id: number }) {
  const { current, meeting } = await held(tx, () => tx.recommendation.findUnique({ where: { id: input.id } }), "recommendationGone");
  await tx.recommendation.delete({ where: { id: input.id } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "recommendation.delete",
    entityType: "Recommendation",
    entityId: input.id,
    summary: text("audit.recommendationRemoved", { heading: current.heading, name: meetingLabel(meeting) }),
    before: { heading: current.heading, body: current.body },
  });
  return current.meetingId;
}

// ---------------------------------------------------------------------------------------------
// Order: one place up or down among the meeting's records of the same kind.

type OrderedModel = "agendaItem" | "delegationMember" | "intervention" | "recommendation";

/** What the four kinds of record have in common for ordering; Prisma gives each its own types. */
interface OrderedDelegate {
  findUnique(args: { where: { id: number } }): Promise<{ meetingId: number; agendaItemId?: number | null } | null>;
  findMany(args: {
    where: { meetingId: number };
    orderBy: { position?: "asc"; id?: "asc" }[];
  }): Promise<{ id: number; position: number; agendaItemId?: number | null }[]>;
  update(args: { where: { id: number }; data: { position: number } }): Promise<unknown>;
}

const ordered = (tx: Tx, model: OrderedModel) => tx[model] as unknown as OrderedDelegate;

const MOVES: Record<OrderedModel, { entityType: string; action: AuditAction; gone: string; summary: string }> = {
  agendaItem: { entityType: "AgendaItem", action: "agenda.update", gone: "agendaGone", summary: "agendaMoved" },
  delegationMember: { entityType: "DelegationMember", action: "delegation.update", gone: "memberGone", summary: "memberMoved" },
  intervention: { entityType: "Intervention", action: "intervention.update", gone: "interventionGone", summary: "interventionMoved" },
  recommendation: { entityType: "Recommendation", action: "recommendation.update", gone: "recommendationGone", summary: "recommendationMoved" },
};

/**
 * One place up or down. Our interventions are read under their agenda item (or in general), so one
 * moves among those of its own agenda item, keeping the meeting's one order for the report.
 */
export async function moveRecord(tx: Tx, actor: Actor, model: OrderedModel, move: Move) {
  const rows = ordered(tx, model);
  const spec = MOVES[model];
  const { current, meeting } = await held(tx, () => rows.findUnique({ where: { id: move.id } }), spec.gone);
  const siblings = await rows.findMany({ where: { meetingId: current.meetingId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const group = siblings.filter((row) => row.agendaItemId === current.agendaItemId).map((row) => row.id);
  const positions = movedPositions(
    siblings.map((row) => row.id),
    move.id,
    move.direction,
    group,
  );
  if (!positions) throw new RefusedError(text(move.direction === "up" ? "a.alreadyFirst" : "a.alreadyLast"));
  for (const row of siblings) {
    const position = positions.get(row.id)!;
    if (position !== row.position) await rows.update({ where: { id: row.id }, data: { position } });
  }
  const before = siblings.findIndex((row) => row.id === move.id);
  await recordAudit(tx, {
    userId: actor.id,
    action: spec.action,
    entityType: spec.entityType,
    entityId: move.id,
    summary: text(`audit.${spec.summary}`, { name: meetingLabel(meeting), from: before + 1, to: positions.get(move.id)! + 1 }),
    before: { position: before },
    after: { position: positions.get(move.id) },
  });
  return current.meetingId;
}

// ---------------------------------------------------------------------------------------------
// The report's prose on the meeting: its title, 目的 and 摘要, under the meeting's version.

const reportValues = (meeting: MeetingReportFields): Record<string, string> => ({
  reportTitle: meeting.reportTitle ?? "",
  purpose: meeting.purpose ?? "",
  reportSummary: meeting.reportSummary ?? "",
});

export async function updateMeetingReport(
  tx: Tx,
  actor: Actor,
  edit: { id: number; version: number; original: Record<string, string> | null; fields: MeetingReportFields },
): Promise<{ merged: boolean }> {
  await lockRow(tx, "Meeting", edit.id);
  const current = await tx.meeting.findUnique({ where: { id: edit.id } });
  if (!current) throw new RefusedError(msg("a.meetingGone"));
  const saved = reportValues(current);
  const yours = reportValues(edit.fields);
  // A colleague's save of the meeting's other fields moves its version too; that is merged, not a conflict.
  const merged = current.version !== edit.version;
  const fields = merged ? mergeStaleSave(meetingReportFieldsSchema, { savedVersion: current.version, original: edit.original, yours, saved }) : edit.fields;
  const diff = changedFields({ reportTitle: current.reportTitle, purpose: current.purpose, reportSummary: current.reportSummary }, fields);
  if (diff.changed.length === 0) return { merged };
  if (!(await updateIfVersion(tx, "meeting", edit.id, current.version, fields))) {
    const latest = await tx.meeting.findUniqueOrThrow({ where: { id: edit.id } });
    throw staleConflict({ savedVersion: latest.version, original: edit.original, yours, saved: reportValues(latest) });
  }
  await recordAudit(tx, {
    userId: actor.id,
    action: "meeting.update",
    entityType: "Meeting",
    entityId: edit.id,
    summary: text("audit.reportUpdated", { name: meetingLabel(current) }),
    before: diff.before,
    after: diff.after,
  });
  return { merged };
}
