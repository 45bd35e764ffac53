// Whatever a browser, a script or a typo sends, a form is refused with a message and the database
// is left exactly as it was. First the zod schemas on their own, with anything at all; then every
// form action as an editor or administrator, with a valid form in which fast-check breaks one or
// more fields (wrong type, too long, unknown code, missing, given twice) and adds junk fields.
import fc from "fast-check";
import { generate } from "otplib";
import { beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import type { z } from "zod";
import { auditFiltersSchema } from "@/lib/audit/schema";
import { hashPassword } from "@/lib/auth/password";
import { confirmTotpSetUp, regenerateRecoveryCodes, resetSecondFactor, startTotpSetUp, turnOffSecondFactor } from "@/lib/auth/second-factor-actions";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { deviceThrottleKey } from "@/lib/auth/throttle";
import { newTotpSecret } from "@/lib/auth/totp";
import { endAllSessionsOf, endOwnOtherSessions, endOwnSession } from "@/lib/auth/user-sessions-actions";
import { addCoSponsor } from "@/lib/co-sponsors/actions";
import { addCoSponsorSchema } from "@/lib/co-sponsors/schema";
import { db } from "@/lib/db";
import type { Role, User } from "@/lib/db/generated/client";
import { bulkUpdateItems, createItem, updateItem } from "@/lib/items/actions";
import { bulkSchema, itemFieldsSchema, itemFiltersSchema, updateItemSchema } from "@/lib/items/schema";
import { createMeeting, linkItemToMeeting } from "@/lib/meetings/actions";
import { linkItemSchema, meetingFieldsSchema } from "@/lib/meetings/schema";
import { addMilestone, editMilestone } from "@/lib/milestones/actions";
import { addMilestoneSchema, editMilestoneSchema } from "@/lib/milestones/schema";
import { setSecondFactorRequired } from "@/lib/office/actions";
import { changeOwnPassword, createUser } from "@/lib/users/actions";
import { changePasswordSchema, createUserSchema } from "@/lib/users/schema";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm, type Action } from "../support/action-calls";
import { WITH_SECOND_FACTOR } from "../support/second-factor";

vi.hoisted(() => {
  // Without it, importing the auth options generates a secret file and warns about it.
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});

vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// A password change gives this browser a new session cookie.
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/headers")>()), cookies: async () => ({ set: vi.fn() }) }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));

type Form = Record<string, string | string[]>;

const PASSWORD = "the-current-password-1";
const NEW_PASSWORD = "a-brand-new-password-2";
let passwordHash: string;
let sccpForumId: number;
let forumCodes: Set<string>;
let economyCodes: Set<string>;
let serial = 0;
const next = () => ++serial;

beforeAll(async () => {
  await seedDatabase(db);
  passwordHash = await hashPassword(PASSWORD);
  sccpForumId = (await db.forum.findUniqueOrThrow({ where: { code: "SCCP" } })).id;
  forumCodes = new Set((await db.forum.findMany({ select: { code: true } })).map((f) => f.code));
  economyCodes = new Set((await db.economy.findMany({ select: { code: true } })).map((e) => e.code));
});

// ---------------------------------------------------------------------------------------------
// What an officer, a browser or an attacker might send

const NASTY = [
  "1; DROP TABLE Item",
  '\'; DELETE FROM "User"; --',
  "' OR '1'='1",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "\u0000",
  "\u202eevil",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ 中文 😀",
  "﷽",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1.5",
  "1e309",
  "2147483648",
  "99999999999999",
  " ",
  "",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "2024-02-30",
  "2024-13",
  "2024-Q5",
  "ZZ",
  "pe ru",
  "admin@",
  "@customs.test",
];

const oversized = fc.tuple(fc.constantFrom("a", "中", "😀", "<b>", "\u0301"), fc.integer({ min: 200, max: 12_000 })).map(([unit, times]) => unit.repeat(times));

const nastyString = fc.oneof(fc.constantFrom(...NASTY), fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), oversized);

const anyValue = fc.oneof(
  nastyString,
  fc.anything(),
  fc.array(nastyString, { maxLength: 4 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
);

/** A record built around a schema's own field names (so parsing gets past the first check), or anything at all. */
const malformedRecord = (fields: string[]) =>
  fc.oneof(
    fc.dictionary(fc.oneof(fc.constantFrom(...fields), fc.string()), anyValue, { maxKeys: fields.length + 3 }),
    fc.record(Object.fromEntries(fields.map((field) => [field, anyValue])), { requiredKeys: [] }),
    fc.anything(),
  );

// ---------------------------------------------------------------------------------------------
// The schemas alone

const ITEM_FIELDS = [
  "kind",
  "forumCode",
  "year",
  "projectNumber",
  "titleEn",
  "titleZh",
  "proposerCode",
  "status",
  "fundAccount",
  "subFundId",
  "apecFundingUsd",
  "coFundingUsd",
  "overseer",
  "expectedStart",
  "expectedEnd",
  "summary",
  "notes",
];
const MILESTONE_FIELDS = ["title", "titleZh", "due", "anchor", "status", "completedOn", "note"];
const MEETING_FIELDS = [
  "kind",
  "name",
  "nameZh",
  "shortName",
  "forumCode",
  "datePrecision",
  "startDate",
  "endDate",
  "period",
  "dateAnchor",
  "external",
  "organiser",
  "place",
  "format",
  "chair",
  "attendeeCount",
  "notes",
];

const schemas: [string, z.ZodType, string[]][] = [
  ["the item form", itemFieldsSchema, ITEM_FIELDS],
  ["the item edit form", updateItemSchema, [...ITEM_FIELDS, "id", "version"]],
  ["the new milestone form", addMilestoneSchema, ["itemId", ...MILESTONE_FIELDS]],
  ["the milestone edit form", editMilestoneSchema, ["id", "version", ...MILESTONE_FIELDS]],
  ["the add co-sponsor form", addCoSponsorSchema, ["itemId", "economyCode", "joinedOn"]],
  ["the meeting form", meetingFieldsSchema, MEETING_FIELDS],
  ["the report-at-meeting form", linkItemSchema, ["meetingId", "itemId", "agendaItem", "note"]],
  ["the new account form", createUserSchema, ["email", "name", "role"]],
  ["the change password form", changePasswordSchema, ["currentPassword", "newPassword", "confirmPassword"]],
  ["the bulk edit form", bulkSchema, ["operation", "ids", "status", "economyCode"]],
  ["the work plan's URL filters", itemFiltersSchema, ["proposer"]],
  ["the audit page's URL filters", auditFiltersSchema, ["user", "entity", "action", "from", "to", "page"]],
];

describe("every schema answers malformed input with messages, never an exception", () => {
  it.each(schemas)("%s", (_name, schema, fields) => {
    fc.assert(
      fc.property(malformedRecord(fields), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            expect(typeof issue.message).toBe("string");
            expect(issue.message.trim()).not.toBe("");
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Values that must be refused, whatever else the form says. Written from what officers are told
// (a year such as 2024, a real date, a code from the list), not from the schemas' code.

const MISSING = Symbol("missing");
type Bad = string | string[] | typeof MISSING;

const isDay = (value: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};
/** Read as the forms read a number (Number(), so " 7 " and "0x7" are item 7): only what is no id at all. */
const isPositiveId = (value: string) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647;
};

const text = fc.oneof(nastyString, fc.integer().map(String), fc.double().map(String));
const missing = fc.constant<Bad>(MISSING);
/** Longer than `max` characters once trimmed. */
const tooLong = (max: number) =>
  fc.tuple(fc.constantFrom("a", "中", "é", "<"), fc.integer({ min: 1, max: 300 })).map(([unit, extra]) => unit.repeat(max + extra));
/** Not given at all, blank, too short or too long. */
const badRequiredText = (min: number, max: number) =>
  fc.oneof(
    missing,
    tooLong(max),
    fc.string({ maxLength: min + 2 }).filter((s) => s.trim().length < min),
  );
/** Something non-empty that is not one of `allowed`. */
const notOneOf = (allowed: readonly string[]) => text.filter((s) => s !== "" && !allowed.includes(s));
const notADay = text.filter((s) => s.trim() !== "" && !isDay(s.trim()));
/** Not a positive whole number, or the number of nothing that exists. */
const badId = fc.oneof(
  text.filter((s) => !isPositiveId(s)),
  fc.integer({ min: 1_000_000, max: 2_147_483_647 }).map(String),
  missing,
);
const notACode = (codes: () => Set<string>) => text.filter((s) => !codes().has(s.trim().toUpperCase()) || !/^[A-Za-z]{2}$/.test(s.trim()));
const notAForum = text.filter((s) => s.trim() !== "" && !forumCodes.has(s.trim()));
const notUsd = text.filter((s) => {
  const digits = s
    .trim()
    .replace(/[,\s]/g, "")
    .replace(/^US?\$/i, "");
  return digits !== "" && !/^\d{1,12}$/.test(digits);
});
const ITEM_STATUSES = ["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"];

function badItemFields(): Record<string, fc.Arbitrary<Bad>> {
  return {
    kind: notOneOf(["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED"]),
    forumCode: fc.oneof(notAForum, missing),
    year: fc.oneof(text, fc.integer({ min: -5000, max: 5000 }).map(String)).filter((s) => {
      const n = Number(s);
      return !(Number.isInteger(n) && n >= 1989 && n <= 2100);
    }),
    projectNumber: text.filter((s) => s.trim() !== "" && !/^[A-Z][A-Z&]{1,9} \d{2} \d{4}[A-Z]?$/.test(s.trim().toUpperCase().replace(/\s+/g, " "))),
    titleEn: badRequiredText(3, 300),
    titleZh: tooLong(300),
    proposerCode: fc.oneof(
      notACode(() => economyCodes),
      missing,
    ),
    status: fc.oneof(notOneOf(ITEM_STATUSES), missing),
    fundAccount: notOneOf(["GENERAL_PROJECT_ACCOUNT", "TILF_SPECIAL_ACCOUNT", "APEC_SUPPORT_FUND", "SELF_FUNDED"]),
    // The base form has no fund account, so even a well-formed sub-fund is refused.
    subFundId: text.filter((s) => s !== ""),
    apecFundingUsd: notUsd,
    coFundingUsd: notUsd,
    overseer: tooLong(200),
    expectedStart: notADay,
    // The base form starts on 2024-01-15, so an earlier end is refused.
    expectedEnd: fc.oneof(notADay, fc.constant("2023-12-31")),
    summary: tooLong(5000),
    notes: tooLong(10_000),
  };
}

function badMilestoneFields(): Record<string, fc.Arbitrary<Bad>> {
  return {
    title: badRequiredText(2, 300),
    titleZh: tooLong(300),
    due: fc.oneof(
      fc.constantFrom("2024-13", "2024-00", "2024-02-30", "2024-Q5", "2024-Q0", "1988", "2201", "24-04", "2024/04/01", "April 2024", "next year", "20240401"),
      text.filter((s) => s.trim() !== "" && /[^\dQq-]/.test(s.trim())),
      tooLong(20),
    ),
    // The base form has a due date, so any anchor conflicts with it.
    anchor: text.filter((s) => s.trim() !== ""),
    status: notOneOf(["PLANNED", "DONE", "LATE", "CANCELLED"]),
    // The base form is not marked done, so any completion date is refused.
    completedOn: text.filter((s) => s.trim() !== ""),
    note: tooLong(2000),
  };
}

// ---------------------------------------------------------------------------------------------
// Acting, counting, and fixtures

async function newUser(role: Role): Promise<User> {
  const n = next();
  const factor = role === "ADMIN" ? WITH_SECOND_FACTOR : {};
  return db.user.create({ data: { email: `${role.toLowerCase()}-${n}@customs.test`, name: `${role} ${n}`, role, passwordHash, ...factor } });
}

function signIn(user: User) {
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" });
}

function newItem(archived = false) {
  return db.item.create({
    data: {
      forumId: sccpForumId,
      year: 2024,
      titleEn: `Fuzz item ${next()}`,
      proposerCode: "PE",
      status: "APPROVED",
      kind: "INITIATIVE",
      archivedAt: archived ? new Date() : null,
    },
  });
}

async function counts() {
  const [items, milestones, coSponsorships, meetings, meetingItems, users, auditEvents, sessions, recoveryCodes, offices] = await Promise.all([
    db.item.count(),
    db.milestone.count(),
    db.coSponsorship.count(),
    db.meeting.count(),
    db.meetingItem.count(),
    db.user.count(),
    db.auditEvent.count(),
    db.userSession.count(),
    db.recoveryCode.count(),
    db.office.count(),
  ]);
  return { items, milestones, coSponsorships, meetings, meetingItems, users, auditEvents, sessions, recoveryCodes, offices };
}

/** Calls an action as a form post would; a redirect (what Next does after a save) means it saved. */
const submit = (action: Action, form: Form) => submitForm(action, formData(form));

// The second factor and sessions

/** What the mocked session claims say this browser's session is. */
const THIS_SESSION = "test-session";
const stepNow = () => Math.floor(Date.now() / 30_000);
const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * 30 });
/** Six digits once the spaces are out, as officers are told: anything else is no code. */
const notSixDigits = text.filter((s) => !/^\d{6}$/.test(s.replace(/\s+/g, "")));
/**
 * Six digits (as typed, with or without spaces) that the secret shows at no time step from a
 * little before now to a few minutes ahead, the property's whole run: a wrong code, never a lucky one.
 */
async function wrongCodes(secret: string): Promise<fc.Arbitrary<Bad>> {
  const now = stepNow();
  const near = new Set(await Promise.all(Array.from({ length: 12 }, (_, n) => codeAt(secret, now - 3 + n))));
  return fc
    .integer({ min: 0, max: 999_999 })
    .map((n) => String(n).padStart(6, "0"))
    .filter((code) => !near.has(code))
    .chain((code) => fc.constantFrom(code, `${code.slice(0, 3)} ${code.slice(3)}`, ` ${code} `));
}
/** Failed proofs rightly slow the account down; the accepted form at the end must not wait for that. */
const clearThrottle = (userId: number) => db.signInThrottle.deleteMany({ where: { key: deviceThrottleKey(userId, "second-factor").key } });
const secondFactorOf = (userId: number) =>
  db.user.findUnique({ where: { id: userId }, include: { recoveryCodes: { orderBy: { id: "asc" } }, sessions: { orderBy: { id: "asc" } } } });
const sessionsOf = (userIds: number[]) => db.userSession.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" } });
async function newSession(userId: number, id = `fuzz-session-${next()}`) {
  return db.userSession.create({ data: { id, userId, method: "password", expiresAt: new Date(Date.now() + 86_400_000) } });
}
async function giveRecoveryCodes(userId: number) {
  await db.recoveryCode.createMany({ data: [1, 2, 3].map((n) => ({ userId, hash: `fuzz-recovery-${userId}-${n}` })) });
}
/** The office requires every officer's second factor until the test ends. */
async function officeRequiresSecondFactor() {
  await db.office.upsert({ where: { id: 1 }, create: { id: 1, secondFactorRequired: true }, update: { secondFactorRequired: true } });
  onTestFinished(async () => {
    await db.office.update({ where: { id: 1 }, data: { secondFactorRequired: false } });
  });
}
/** A session id as the form sends it: letters, digits, "-" and "_", at most 64. */
const isSessionId = (s: string) => /^[A-Za-z0-9_-]{1,64}$/.test(s.trim());

// ---------------------------------------------------------------------------------------------
// The forms

interface FormCase {
  form: string;
  action: Action;
  role: Role;
  /** Makes the rows the form refers to; returns a valid form and the rows an edit would change. */
  prepare: (actor: User) => Promise<{
    base: Form;
    bad: Record<string, fc.Arbitrary<Bad>>;
    look?: () => Promise<unknown>;
    /** The form to accept at the end when `base` no longer would (a code of the current time step). */
    fresh?: () => Promise<Form>;
  }>;
}

const ITEM_BASE: Form = {
  kind: "INITIATIVE",
  forumCode: "SCCP",
  year: "2024",
  titleEn: "Paperless trade",
  proposerCode: "PE",
  status: "PROPOSED",
  expectedStart: "2024-01-15",
};
const MEETING_BASE: Form = { kind: "MEETING", name: "Third SCCP meeting", startDate: "2024-08-14", endDate: "2024-08-15" };

const formCases: FormCase[] = [
  {
    form: "the new item form",
    action: createItem,
    role: "EDITOR",
    prepare: async () => ({ base: { ...ITEM_BASE, titleEn: `Paperless trade ${next()}` }, bad: badItemFields() }),
  },
  {
    form: "the item edit form",
    action: updateItem,
    role: "EDITOR",
    prepare: async () => {
      const item = await newItem();
      return {
        base: { ...ITEM_BASE, titleEn: `${item.titleEn} (revised)`, id: String(item.id), version: String(item.version) },
        bad: { ...badItemFields(), id: badId, version: fc.oneof(badId, fc.integer({ min: 2, max: 99 }).map(String)) },
        look: () => db.item.findUnique({ where: { id: item.id } }),
      };
    },
  },
  {
    form: "the new milestone form",
    action: addMilestone,
    role: "EDITOR",
    prepare: async () => {
      const [item, archived] = [await newItem(), await newItem(true)];
      return {
        base: { itemId: String(item.id), title: "Report to SCCP2", due: "2024-08" },
        bad: { ...badMilestoneFields(), itemId: fc.oneof(badId, fc.constant(String(archived.id))) },
      };
    },
  },
  {
    form: "the milestone edit form",
    action: editMilestone,
    role: "EDITOR",
    prepare: async () => {
      const item = await newItem();
      const milestone = await db.milestone.create({ data: { itemId: item.id, title: "Draft report", precision: "UNDATED" } });
      return {
        base: { id: String(milestone.id), version: String(milestone.version), title: "Final report", due: "2024-Q4", status: "PLANNED" },
        bad: { ...badMilestoneFields(), id: badId, version: fc.oneof(badId, fc.integer({ min: 2, max: 99 }).map(String)) },
        look: () => db.milestone.findUnique({ where: { id: milestone.id } }),
      };
    },
  },
  {
    form: "the add co-sponsor form",
    action: addCoSponsor,
    role: "EDITOR",
    prepare: async () => {
      const [item, archived] = [await newItem(), await newItem(true)];
      await db.coSponsorship.create({ data: { itemId: item.id, economyCode: "AU" } });
      return {
        base: { itemId: String(item.id), economyCode: "CL", joinedOn: "2024-02-26" },
        bad: {
          itemId: fc.oneof(badId, fc.constant(String(archived.id))),
          // Unknown codes, the proposer itself, and an economy that already co-sponsors.
          economyCode: fc.oneof(
            notACode(() => economyCodes),
            missing,
            fc.constantFrom("PE", "pe", "AU", " au "),
          ),
          joinedOn: notADay,
        },
      };
    },
  },
  {
    form: "the new meeting form",
    action: createMeeting,
    role: "EDITOR",
    prepare: async () => ({
      base: { ...MEETING_BASE, name: `Third SCCP meeting ${next()}` },
      bad: {
        kind: fc.oneof(notOneOf(["MEETING", "WORKSHOP", "OTHER"]), missing),
        name: badRequiredText(3, 300),
        nameZh: tooLong(300),
        shortName: tooLong(60),
        forumCode: notAForum,
        datePrecision: notOneOf(["DAY", "MONTH", "QUARTER", "YEAR", "ANCHOR", "UNDATED"]),
        startDate: fc.oneof(notADay, missing, fc.constant("2024-08-16")),
        // Missing is a one-day meeting; a last day before the first is not.
        endDate: fc.oneof(notADay, fc.constant("2024-08-13")),
        dateAnchor: tooLong(60),
        // An external meeting without its organiser.
        external: fc.constant("on"),
        organiser: tooLong(200),
        place: tooLong(200),
        format: tooLong(60),
        chair: tooLong(300),
        attendeeCount: text.filter((s) => s.trim() !== "" && !/^\d{1,6}$/.test(s.trim())),
        notes: tooLong(10_000),
      },
    }),
  },
  {
    form: "the report-at-meeting form",
    action: linkItemToMeeting,
    role: "EDITOR",
    prepare: async () => {
      const [item, archived] = [await newItem(), await newItem(true)];
      const meeting = await db.meeting.create({ data: { name: `Fuzz meeting ${next()}`, startDate: "2024-08-14", endDate: "2024-08-15" } });
      return {
        base: { meetingId: String(meeting.id), itemId: String(item.id), agendaItem: "5.1", note: "Progress reported." },
        bad: { meetingId: badId, itemId: fc.oneof(badId, fc.constant(String(archived.id))), agendaItem: tooLong(300), note: tooLong(5000) },
      };
    },
  },
  {
    form: "the new account form",
    action: createUser,
    role: "ADMIN",
    prepare: async (admin) => ({
      base: { email: `officer-${next()}@customs.test`, name: "New Officer", role: "EDITOR" },
      bad: {
        email: fc.oneof(
          text.filter((s) => !/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(s.trim())),
          missing,
          fc.constantFrom(admin.email, admin.email.toUpperCase(), ` ${admin.email} `),
          fc.integer({ min: 250, max: 400 }).map((n) => `${"a".repeat(n)}@customs.test`),
        ),
        name: badRequiredText(1, 120),
        role: fc.oneof(notOneOf(["VIEWER", "EDITOR", "ADMIN"]), missing),
      },
    }),
  },
  {
    form: "the change password form",
    action: changeOwnPassword,
    role: "VIEWER",
    prepare: async (me) => ({
      base: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      bad: {
        currentPassword: fc.oneof(missing, fc.constant(""), tooLong(200)),
        newPassword: fc.oneof(missing, fc.string({ maxLength: 11 }), tooLong(200), fc.constant(PASSWORD)),
        confirmPassword: fc.oneof(
          missing,
          text.filter((s) => s !== NEW_PASSWORD),
        ),
      },
      look: () => db.user.findUnique({ where: { id: me.id } }),
    }),
  },
  {
    form: "the bulk edit bar",
    action: bulkUpdateItems,
    role: "EDITOR",
    prepare: async () => {
      const items = [await newItem(), await newItem()];
      const archived = await newItem(true);
      const ids = items.map((item) => String(item.id));
      return {
        base: { operation: "status", "ids[]": ids, status: "COMPLETED" },
        bad: {
          // "coSponsor" without an economy is as wrong as an unknown operation.
          operation: fc.oneof(notOneOf(["status"]), missing, fc.constant("coSponsor")),
          "ids[]": fc.oneof(
            missing,
            fc
              .array(
                badId.filter((id): id is string => id !== MISSING),
                { minLength: 1, maxLength: 3 },
              )
              .map((bad): Bad => [...ids, ...bad]),
            fc.constant<Bad>([...ids, String(archived.id)]),
            fc.constant<Bad>(Array.from({ length: 501 }, (_, n) => String(n + 1))),
          ),
          status: fc.oneof(notOneOf(ITEM_STATUSES), missing),
        },
        look: () => db.item.findMany({ where: { id: { in: items.map((item) => item.id) } } }),
      };
    },
  },
  {
    form: "the second factor's set-up form",
    action: confirmTotpSetUp,
    role: "VIEWER",
    // An officer the office's setting sends to set it up: the one form (with the sessions') let through.
    prepare: async (me) => {
      const secret = newTotpSecret();
      await db.user.update({ where: { id: me.id }, data: { totpPendingSecret: secret } });
      await officeRequiresSecondFactor();
      return {
        base: { code: await codeAt(secret, stepNow()) },
        bad: { code: fc.oneof(notSixDigits, missing, await wrongCodes(secret)) },
        look: () => secondFactorOf(me.id),
        fresh: async () => {
          await clearThrottle(me.id);
          return { code: await codeAt(secret, stepNow()) };
        },
      };
    },
  },
  {
    form: "the new recovery codes form",
    action: regenerateRecoveryCodes,
    role: "VIEWER",
    prepare: async (me) => {
      const { totpSecret: secret } = WITH_SECOND_FACTOR;
      const now = stepNow();
      // The code of the step before was accepted already (at sign-in): it never works again.
      await db.user.update({ where: { id: me.id }, data: { ...WITH_SECOND_FACTOR, totpLastStep: now - 1 } });
      await giveRecoveryCodes(me.id);
      return {
        base: { code: await codeAt(secret, now) },
        bad: { code: fc.oneof(notSixDigits, missing, await wrongCodes(secret), fc.constant(await codeAt(secret, now - 1))) },
        look: () => secondFactorOf(me.id),
        fresh: async () => {
          await clearThrottle(me.id);
          return { code: await codeAt(secret, stepNow()) };
        },
      };
    },
  },
  {
    form: "the turn-off-the-second-factor form",
    action: turnOffSecondFactor,
    role: "VIEWER",
    prepare: async (me) => {
      const { totpSecret: secret } = WITH_SECOND_FACTOR;
      const now = stepNow();
      await db.user.update({ where: { id: me.id }, data: { ...WITH_SECOND_FACTOR, totpLastStep: now - 1 } });
      await giveRecoveryCodes(me.id);
      return {
        base: { proof: PASSWORD },
        bad: {
          // Missing, blank, too long, a wrong password, a wrong code, a code used already.
          proof: fc.oneof(
            missing,
            fc.constant(""),
            tooLong(200),
            text.filter((s) => s !== PASSWORD && s.length <= 200),
            await wrongCodes(secret),
            fc.constant(await codeAt(secret, now - 1)),
          ),
        },
        look: () => secondFactorOf(me.id),
        fresh: async () => {
          await clearThrottle(me.id);
          return { proof: PASSWORD };
        },
      };
    },
  },
  {
    form: "an administrator's reset of an officer's second factor",
    action: resetSecondFactor,
    role: "ADMIN",
    prepare: async () => {
      const [officer, without] = [await newUser("VIEWER"), await newUser("VIEWER")];
      await db.user.update({ where: { id: officer.id }, data: WITH_SECOND_FACTOR });
      await giveRecoveryCodes(officer.id);
      await newSession(officer.id);
      return {
        base: { userId: String(officer.id) },
        // No such account, or one with nothing to reset.
        bad: { userId: fc.oneof(badId, fc.constant(String(without.id))) },
        look: () => Promise.all([secondFactorOf(officer.id), secondFactorOf(without.id)]),
      };
    },
  },
  {
    form: "the office's second factor setting",
    action: setSecondFactorRequired,
    role: "ADMIN",
    prepare: async () => {
      const office = await db.office.findUnique({ where: { id: 1 } });
      expect(office?.secondFactorRequired ?? false).toBe(false);
      const version = office?.version ?? 0;
      onTestFinished(async () => {
        await db.office.update({ where: { id: 1 }, data: { secondFactorRequired: false } });
      });
      return {
        base: { required: "on", version: String(version) },
        bad: {
          // Anything but a ticked box leaves the setting as it is: refused as no change.
          required: fc.oneof(
            missing,
            text.filter((s) => s !== "on" && s !== "true"),
          ),
          version: fc.oneof(
            missing,
            text.filter((s) => !/^\d{1,9}$/.test(s)),
            fc
              .integer({ min: 0, max: 999_999_999 })
              .filter((n) => n !== version)
              .map(String),
          ),
        },
        look: () => db.office.findUnique({ where: { id: 1 } }),
      };
    },
  },
  {
    form: "signing out one of one's own sessions",
    action: endOwnSession,
    role: "VIEWER",
    prepare: async (me) => {
      const other = await newUser("VIEWER");
      const [mine, theirs] = [await newSession(me.id), await newSession(other.id)];
      const known = new Set((await db.userSession.findMany({ select: { id: true } })).map((session) => session.id));
      return {
        base: { sessionId: mine.id },
        bad: {
          sessionId: fc.oneof(
            missing,
            text.filter((s) => !isSessionId(s)),
            tooLong(64).map((s) => s.replace(/[^A-Za-z0-9_-]/g, "a")),
            // No such session, another officer's, and this very one (signing out is another button).
            fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter((id) => !known.has(id) && id !== THIS_SESSION),
            fc.constantFrom(theirs.id, ` ${theirs.id} `, THIS_SESSION),
          ),
        },
        look: () => sessionsOf([me.id, other.id]),
      };
    },
  },
  {
    form: "an administrator signing an officer out everywhere",
    action: endAllSessionsOf,
    role: "ADMIN",
    prepare: async (admin) => {
      const [officer, without] = [await newUser("EDITOR"), await newUser("EDITOR")];
      await newSession(officer.id);
      await newSession(officer.id);
      await newSession(admin.id);
      return {
        base: { userId: String(officer.id) },
        // No such account, one signed in nowhere, and the administrator's own (the own list is for that).
        bad: { userId: fc.oneof(badId, fc.constantFrom(String(without.id), String(admin.id))) },
        look: () => sessionsOf([officer.id, without.id, admin.id]),
      };
    },
  },
];

const JUNK_EXCLUDED = new Set([
  ...ITEM_FIELDS,
  ...MILESTONE_FIELDS,
  ...MEETING_FIELDS,
  "id",
  "version",
  "itemId",
  "meetingId",
  "economyCode",
  "joinedOn",
  "agendaItem",
  "note",
  "email",
  "name",
  "role",
  "currentPassword",
  "newPassword",
  "confirmPassword",
  "operation",
  "ids",
  "ids[]",
  "code",
  "proof",
  "userId",
  "required",
  "sessionId",
]);
const junkFields = fc.dictionary(
  fc.string({ minLength: 1 }).filter((key) => !JUNK_EXCLUDED.has(key) && !key.startsWith("$ACTION")),
  nastyString,
  { maxKeys: 3 },
);

describe("a malformed form is refused with a message and writes nothing", () => {
  for (const { form: title, action, role, prepare } of formCases) {
    it(title, async () => {
      const actor = await newUser(role);
      signIn(actor);
      const { base, bad, look, fresh } = await prepare(actor);
      // Mostly one broken field at a time, so each refusal is that field's doing; sometimes several.
      const fields = Object.keys(bad);
      const doubleable = fields.filter((field) => typeof base[field] === "string");
      type Change = { broken: Record<string, Bad>; doubled: string[] };
      const oneBroken = fc.constantFrom(...fields).chain((field) => bad[field]!.map((value): Change => ({ broken: { [field]: value }, doubled: [] })));
      const oneDoubled = fc.constantFrom(...doubleable).map((field): Change => ({ broken: {}, doubled: [field] }));
      const several = fc
        .record({ broken: fc.record(bad, { requiredKeys: [] }), doubled: fc.subarray(doubleable) })
        .filter(({ broken, doubled }) => Object.keys(broken).length + doubled.length > 0) as fc.Arbitrary<Change>;
      const corruption = fc.record({
        change: fc.oneof({ arbitrary: oneBroken, weight: 4 }, { arbitrary: oneDoubled, weight: 1 }, { arbitrary: several, weight: 1 }),
        junk: junkFields,
      });

      await fc.assert(
        fc.asyncProperty(corruption, async ({ change: { broken, doubled }, junk }) => {
          const form: Form = { ...junk, ...base };
          // A field sent twice, as a script or a duplicated input would.
          for (const field of doubled) form[field] = [base[field] as string, base[field] as string];
          for (const [field, value] of Object.entries(broken)) {
            if (value === MISSING) delete form[field];
            else form[field] = value;
          }
          const [before, rowsBefore] = [await counts(), await look?.()];

          const outcome = await submit(action, form);

          expect(outcome.redirectedTo).toBeNull();
          expect(outcome.result?.ok).toBe(false);
          expect(outcome.result?.message.trim()).not.toBe("");
          expect(await counts()).toEqual(before);
          expect(await look?.()).toEqual(rowsBefore);
        }),
        { numRuns: 100 },
      );

      // The same form, unbroken, is accepted: the refusals above are the broken fields' doing.
      const outcome = await submit(action, fresh ? await fresh() : base);
      expect(outcome.redirectedTo !== null || outcome.result?.ok === true, outcome.result?.message).toBe(true);
    });
  }
});

describe("a form without fields ignores what is sent with it, and is refused in the wrong state without writing", () => {
  it("starting to set up a second factor", async () => {
    const [on, off] = [await newUser("ADMIN"), await newUser("VIEWER")];
    await fc.assert(
      fc.asyncProperty(junkFields, async (junk) => {
        signIn(on);
        const before = [await counts(), await secondFactorOf(on.id)];
        const refused = await submit(startTotpSetUp, junk);
        expect(refused.result?.ok).toBe(false);
        expect(refused.result?.message.trim()).not.toBe("");
        expect([await counts(), await secondFactorOf(on.id)]).toEqual(before);

        signIn(off);
        const accepted = await submit(startTotpSetUp, junk);
        expect(accepted.result?.ok).toBe(true);
        const pending = await db.user.findUniqueOrThrow({ where: { id: off.id } });
        expect(pending.totpPendingSecret).toMatch(/^[A-Z2-7]{32}$/);
        expect(pending.totpEnabledAt).toBeNull();
      }),
      { numRuns: 20 },
    );
  });

  it("signing out one's other sessions", async () => {
    const [me, other] = [await newUser("VIEWER"), await newUser("VIEWER")];
    await newSession(other.id);
    signIn(me);
    await fc.assert(
      fc.asyncProperty(junkFields, fc.boolean(), async (junk, signedInElsewhere) => {
        // This browser's own session is kept, so with nothing else there is nothing to end.
        if (!(await db.userSession.findUnique({ where: { id: THIS_SESSION } }))) await newSession(me.id, THIS_SESSION);
        const elsewhere = signedInElsewhere ? await newSession(me.id) : null;
        const [before, sessionsBefore] = [await counts(), await sessionsOf([me.id, other.id])];

        const outcome = await submit(endOwnOtherSessions, junk);

        expect(outcome.result?.ok).toBe(signedInElsewhere);
        expect(outcome.result?.message.trim()).not.toBe("");
        const expected = sessionsBefore.filter((session) => session.id !== elsewhere?.id);
        expect(await sessionsOf([me.id, other.id])).toEqual(expected);
        if (!signedInElsewhere) expect(await counts()).toEqual(before);
      }),
      { numRuns: 20 },
    );
  });
});
