// The forms of a meeting's record: its agenda items (with the work-plan items discussed and the
// speakers, edited together on one form), the delegation, our interventions, the recommendations,
// and the report's own prose on the meeting. Messages are keys of the meetingRecords namespace,
// one per field and rule, so the officer reads which field is wrong in either language.
import { z } from "zod";
import { positiveId, version } from "../forms/fields";
import { msg } from "../i18n/message";

const message = (key: string, values?: Record<string, string | number>) => msg(`meetingRecords.v.${key}`, values);

const text = (max: number) =>
  z
    .string({ message: message("invalid") })
    .trim()
    .max(max, { message: message("tooLong", { max }) })
    .optional()
    .transform((value) => value || null);

const requiredText = (key: string, max: number) =>
  z
    .string({ message: message(key) })
    .trim()
    .min(1, { message: message(key) })
    .max(max, { message: message("tooLong", { max }) });

const id = (field: string) => positiveId(field);

const optionalId = (field: string) =>
  z
    .string({ message: message("invalid") })
    .optional()
    .transform((value) => value || undefined)
    .pipe(id(field).optional());

/** Rows of speakers a form may post; blank rows are its room for new ones. */
export const MAX_SPEAKER_ROWS = 40;
const SPEAKER_FIELD = /^speakers\.(\d{1,2})\.(name|title|organisation|economyCode)$/;
const ECONOMY_CODE = /^[A-Z]{2,4}$/;

export interface SpeakerInput {
  /** The row of the form it came from, so a refusal points at that row's field. */
  row: number;
  name: string;
  title: string | null;
  organisation: string | null;
  economyCode: string | null;
}

/** The field a speaker row's error belongs to, as the form names its input. */
export const speakerField = (row: number, field: keyof Omit<SpeakerInput, "row">) => `speakers.${row}.${field}`;

/**
 * Reads the speaker rows out of the posted fields (speakers.0.name, speakers.0.title, …): a row with
 * nothing in it is left out, one with a title, organisation or economy needs a name.
 */
export function readSpeakers(form: Record<string, unknown>, ctx: z.RefinementCtx): SpeakerInput[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(form)) {
    const match = SPEAKER_FIELD.exec(key);
    if (!match) continue;
    const row = Number(match[1]);
    if (row >= MAX_SPEAKER_ROWS || typeof value !== "string") {
      ctx.addIssue({ code: "custom", path: [key], message: message("invalid") });
      continue;
    }
    rows.set(row, { ...rows.get(row), [match[2]!]: value.trim() });
  }
  const speakers: SpeakerInput[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const { name = "", title = "", organisation = "", economyCode = "" } = rows.get(row)!;
    if (!name && !title && !organisation && !economyCode) continue;
    const limits = { name: [name, 200], title: [title, 300], organisation: [organisation, 300] } as const;
    let valid = true;
    for (const [field, [value, max]] of Object.entries(limits)) {
      if (value.length > max) {
        ctx.addIssue({ code: "custom", path: [speakerField(row, field as "name")], message: message("tooLong", { max }) });
        valid = false;
      }
    }
    if (!name) {
      ctx.addIssue({ code: "custom", path: [speakerField(row, "name")], message: message("speakerName") });
      valid = false;
    }
    if (economyCode && !ECONOMY_CODE.test(economyCode)) {
      ctx.addIssue({ code: "custom", path: [speakerField(row, "economyCode")], message: message("unknownEconomy", { code: economyCode.slice(0, 12) }) });
      valid = false;
    }
    if (valid) speakers.push({ row, name, title: title || null, organisation: organisation || null, economyCode: economyCode || null });
  }
  return speakers;
}

const workItemIds = z
  .array(z.string({ message: message("workItem") }).regex(/^[1-9]\d{0,9}$/, { message: message("workItem") }), { message: message("workItem") })
  .optional()
  .transform((ids) => (ids ?? []).map(Number));

const agendaItemShape = {
  number: text(20),
  headingEn: requiredText("headingEn", 500),
  headingZh: text(500),
  discussion: text(50_000),
  decisions: text(20_000),
  // Ticked boxes: the items already discussed here and those reported at the meeting.
  "workItemIds[]": workItemIds,
  // One more item of the whole work plan, chosen from a list.
  addWorkItemId: optionalId("addWorkItemId"),
};

/**
 * The agenda item form with its own keys (the meeting's id, or the item's id and version): one
 * object schema, since the speaker rows are read from the whole form, and an intersection with a
 * schema that refuses a row cannot be merged.
 */
function agendaItemSchema<E extends z.ZodRawShape>(keys: E) {
  return z.looseObject({ ...keys, ...agendaItemShape }).transform((input, ctx) => {
    // The spread of a generic shape loses the fields' types; these are the agenda item's own.
    const form = input as unknown as z.output<z.ZodObject<typeof agendaItemShape>> & Record<string, unknown>;
    const speakers = readSpeakers(form, ctx);
    const ids = [...form["workItemIds[]"], ...(form.addWorkItemId ? [form.addWorkItemId] : [])];
    const own = Object.fromEntries(Object.keys(keys).map((key) => [key, form[key]])) as z.output<z.ZodObject<E>>;
    const fields = {
      number: form.number,
      headingEn: form.headingEn,
      headingZh: form.headingZh,
      discussion: form.discussion,
      decisions: form.decisions,
      workItemIds: [...new Set(ids)],
      speakers,
    };
    return { ...own, fields };
  });
}

export const agendaItemFieldsSchema = agendaItemSchema({});
export type AgendaItemFields = z.output<typeof agendaItemFieldsSchema>["fields"];

export const createAgendaItemSchema = agendaItemSchema({ meetingId: id("meeting") });
export const updateAgendaItemSchema = agendaItemSchema({ id: id("agendaItem"), version });
export const deleteAgendaItemSchema = z.object({ id: id("agendaItem"), version });

const ROLES = ["HEAD", "DELEGATE", "ADVISER"] as const;

export const delegationMemberFieldsSchema = z.object({
  name: requiredText("memberName", 200),
  nameZh: text(200),
  title: text(300),
  titleZh: text(300),
  role: z.enum(ROLES, { message: message("role") }),
});
export type DelegationMemberFields = z.output<typeof delegationMemberFieldsSchema>;
export const createDelegationMemberSchema = z.object({ meetingId: id("meeting") }).and(delegationMemberFieldsSchema);
export const updateDelegationMemberSchema = z.object({ id: id("delegationMember") }).and(delegationMemberFieldsSchema);

export const interventionFieldsSchema = z.object({
  speaker: text(200),
  text: requiredText("interventionText", 20_000),
  agendaItemId: optionalId("agendaItemId").transform((value) => value ?? null),
});
export type InterventionFields = z.output<typeof interventionFieldsSchema>;
export const createInterventionSchema = z.object({ meetingId: id("meeting") }).and(interventionFieldsSchema);
export const updateInterventionSchema = z.object({ id: id("intervention") }).and(interventionFieldsSchema);

export const recommendationFieldsSchema = z.object({
  heading: requiredText("recommendationHeading", 500),
  body: text(20_000),
});
export type RecommendationFields = z.output<typeof recommendationFieldsSchema>;
export const createRecommendationSchema = z.object({ meetingId: id("meeting") }).and(recommendationFieldsSchema);
export const updateRecommendationSchema = z.object({ id: id("recommendation") }).and(recommendationFieldsSchema);

/** Removing a record without a version: the id is enough, and a row already gone says so. */
export const removeSchema = z.object({ id: id("record") });

export const moveSchema = z.object({
  id: id("record"),
  direction: z.enum(["up", "down"], { message: message("direction") }),
});
export type Move = z.output<typeof moveSchema>;

/** The mission report's prose kept on the meeting: its title, 目的 and 摘要. */
export const meetingReportFieldsSchema = z.object({
  reportTitle: text(300),
  purpose: text(20_000),
  reportSummary: text(20_000),
});
export type MeetingReportFields = z.output<typeof meetingReportFieldsSchema>;
export const updateMeetingReportSchema = z
  .object({
    id: id("meeting"),
    version,
    original: z
      .string({ message: msg("v.form") })
      .max(200_000, { message: msg("v.form") })
      .optional(),
  })
  .and(meetingReportFieldsSchema);
