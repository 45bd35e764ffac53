// Who may make which change. Server actions are public endpoints whatever the UI shows, so every
// action is called directly, with a valid form, as nobody, a viewer, an editor and an administrator
// (and as accounts whose session should no longer count), against fresh rows each time.
// A refused call must say why and write nothing; an allowed one must leave exactly its audit events,
// signed by the officer who made the change.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { resetSecondFactor, startTotpSetUp } from "@/lib/auth/second-factor-actions";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { clearSignInThrottle } from "@/lib/auth/sign-in-throttle-actions";
import { endAllSessionsOf, endOwnOtherSessions, endOwnSession } from "@/lib/auth/user-sessions-actions";
import { addCoSponsor, removeCoSponsor, withdrawCoSponsor } from "@/lib/co-sponsors/actions";
import { db } from "@/lib/db";
import type { Prisma, Role, User } from "@/lib/db/generated/client";
import { msg } from "@/lib/i18n/message";
import { archiveItem, bulkUpdateItems, createItem, deleteItem, restoreItem, updateItem } from "@/lib/items/actions";
import { createMeeting, linkItemToMeeting, unlinkItemFromMeeting, updateMeeting } from "@/lib/meetings/actions";
import { addMilestone, completeMilestone, deleteMilestone, editMilestone, moveMilestone } from "@/lib/milestones/actions";
import { createApiToken, renewCalendarToken, revokeApiToken, revokeCalendarToken } from "@/lib/tokens/actions";
import { changeOwnPassword, changeRole, createUser, resetPassword, setUserActive } from "@/lib/users/actions";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm, type Action } from "../support/action-calls";
import { WITH_SECOND_FACTOR, WITHOUT_SECOND_FACTOR } from "../support/second-factor";

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

type Fields = Record<string, string | number | string[]>;

const PASSWORD = "the-current-password-1";
const NEW_PASSWORD = "a-brand-new-password-2";
const NOT_SIGNED_IN = msg("a.notSignedIn");
let passwordHash: string;
let sccpForumId: number;
let serial = 0;
const next = () => ++serial;

beforeAll(async () => {
  await seedDatabase(db);
  passwordHash = await hashPassword(PASSWORD);
  sccpForumId = (await db.forum.findUniqueOrThrow({ where: { code: "SCCP" } })).id;
});

// ---------------------------------------------------------------------------------------------
// Forms, sessions and outcomes

const form = (fields: Fields) => formData(fields);
const submit = submitForm;

async function newUser(role: Role, data: Partial<User> = {}): Promise<User> {
  const n = next();
  // Administrators have the second factor required of them, unless a test says otherwise.
  const factor = role === "ADMIN" ? WITH_SECOND_FACTOR : {};
  return db.user.create({ data: { email: `${role.toLowerCase()}-${n}@customs.test`, name: `${role} ${n}`, role, passwordHash, ...factor, ...data } });
}

function sessionFor(user: Pick<User, "id" | "sessionVersion"> | null, sv = user?.sessionVersion) {
  vi.mocked(readSessionClaims).mockResolvedValue(user ? { userId: user.id, sessionVersion: sv!, sessionId: "test-session", method: "password" } : null);
}

/** Every table an action could write to, and the audit trail. */
async function counts() {
  const [items, milestones, coSponsorships, meetings, meetingItems, users, userSessions, auditEvents] = await Promise.all([
    db.item.count(),
    db.milestone.count(),
    db.coSponsorship.count(),
    db.meeting.count(),
    db.meetingItem.count(),
    db.user.count(),
    db.userSession.count(),
    db.auditEvent.count(),
  ]);
  return { items, milestones, coSponsorships, meetings, meetingItems, users, userSessions, auditEvents };
}

const lastAuditId = async () => (await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
const auditSince = (id: number) => db.auditEvent.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });

// ---------------------------------------------------------------------------------------------
// Fresh rows for each call

function newItem(data: Partial<Prisma.ItemUncheckedCreateInput> = {}) {
  return db.item.create({
    data: { forumId: sccpForumId, year: 2024, titleEn: `Fixture item ${next()}`, proposerCode: "PE", status: "APPROVED", kind: "INITIATIVE", ...data },
  });
}

async function newMilestone(itemId?: number, title = `Fixture milestone ${next()}`) {
  return db.milestone.create({ data: { itemId: itemId ?? (await newItem()).id, title, precision: "UNDATED" } });
}

function newMeeting() {
  return db.meeting.create({ data: { name: `Fixture meeting ${next()}`, startDate: "2024-08-01", endDate: "2024-08-02" } });
}

/** The item form as an officer submits it, for a stored item. */
function itemForm(item: { titleEn: string; year: number; proposerCode: string; status: string; kind: string | null }): Fields {
  return {
    kind: item.kind ?? "",
    forumCode: "SCCP",
    year: item.year,
    projectNumber: "",
    titleEn: item.titleEn,
    titleZh: "",
    proposerCode: item.proposerCode,
    status: item.status,
    fundAccount: "",
    subFundId: "",
    apecFundingUsd: "",
    coFundingUsd: "",
    overseer: "",
    expectedStart: "",
    expectedEnd: "",
    summary: "",
    notes: "",
  };
}

/** A browser the account signed in with, other than the one the call comes from. */
async function newSession(userId: number): Promise<string> {
  const id = `session-${next()}`;
  await db.userSession.create({ data: { id, userId, method: "password", expiresAt: new Date(Date.now() + 3600_000) } });
  return id;
}

const meetingForm = (name: string): Fields => ({ kind: "MEETING", name, startDate: "2024-08-14", endDate: "2024-08-15", place: "Lima", format: "In person" });

// ---------------------------------------------------------------------------------------------
// The matrix

type Who = "editors" | "admins" | "anyone signed in";

interface Prepared {
  data: FormData;
  /** The rows this call is about, read again after it to see whether anything changed. */
  look: () => Promise<unknown>;
}

interface Case {
  change: string;
  action: Action;
  who: Who;
  audit: string[];
  /** Where the browser is sent after the save, for actions that redirect instead of answering. */
  redirect?: RegExp;
  prepare: (actor: User | null) => Promise<Prepared>;
}

const cases: Case[] = [
  {
    change: "create an item",
    action: createItem,
    who: "editors",
    audit: ["item.create"],
    redirect: /^\/items\/\d+$/,
    prepare: async () => {
      const titleEn = `New initiative ${next()}`;
      return {
        data: form(itemForm({ titleEn, year: 2024, proposerCode: "CL", status: "PROPOSED", kind: "INITIATIVE" })),
        look: () => db.item.findMany({ where: { titleEn } }),
      };
    },
  },
  {
    change: "edit an item",
    action: updateItem,
    who: "editors",
    audit: ["item.update"],
    redirect: /^\/items\/\d+$/,
    prepare: async () => {
      const item = await newItem();
      return {
        data: form({ ...itemForm({ ...item, titleEn: `${item.titleEn} (revised)` }), id: item.id, version: item.version }),
        look: () => db.item.findUnique({ where: { id: item.id } }),
      };
    },
  },
  {
    change: "archive an item",
    action: archiveItem,
    who: "editors",
    audit: ["item.archive"],
    prepare: async () => {
      const item = await newItem();
      return { data: form({ id: item.id, version: item.version }), look: () => db.item.findUnique({ where: { id: item.id } }) };
    },
  },
  {
    change: "restore an archived item",
    action: restoreItem,
    who: "editors",
    audit: ["item.restore"],
    prepare: async () => {
      const item = await newItem({ archivedAt: new Date() });
      return { data: form({ id: item.id, version: item.version }), look: () => db.item.findUnique({ where: { id: item.id } }) };
    },
  },
  {
    change: "delete an archived item for good",
    action: deleteItem,
    who: "admins",
    audit: ["item.delete"],
    redirect: /^\/items$/,
    prepare: async () => {
      const item = await newItem({ archivedAt: new Date() });
      await db.coSponsorship.create({ data: { itemId: item.id, economyCode: "AU" } });
      await newMilestone(item.id);
      return {
        data: form({ id: item.id, version: item.version }),
        look: () => db.item.findUnique({ where: { id: item.id }, include: { coSponsorships: true, milestones: true } }),
      };
    },
  },
  {
    change: "set the status of several items at once",
    action: bulkUpdateItems,
    who: "editors",
    audit: ["item.update", "item.update"],
    prepare: async () => {
      const items = [await newItem({ status: "PROPOSED" }), await newItem({ status: "PROPOSED" })];
      const ids = items.map((item) => item.id);
      return {
        data: form({ operation: "status", "ids[]": ids.map(String), status: "IN_IMPLEMENTATION" }),
        look: () => db.item.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } }),
      };
    },
  },
  {
    change: "add a co-sponsor",
    action: addCoSponsor,
    who: "editors",
    audit: ["cosponsor.add"],
    prepare: async () => {
      const item = await newItem();
      return {
        data: form({ itemId: item.id, economyCode: "CL", joinedOn: "2024-02-26" }),
        look: () => db.coSponsorship.findMany({ where: { itemId: item.id } }),
      };
    },
  },
  {
    change: "record that a co-sponsor withdrew",
    action: withdrawCoSponsor,
    who: "editors",
    audit: ["cosponsor.withdraw"],
    prepare: async () => {
      const item = await newItem();
      await db.coSponsorship.create({ data: { itemId: item.id, economyCode: "AU", joinedOn: "2024-01-10" } });
      return {
        data: form({ itemId: item.id, economyCode: "AU", withdrawnOn: "2024-03-01" }),
        look: () => db.coSponsorship.findMany({ where: { itemId: item.id } }),
      };
    },
  },
  {
    change: "remove a co-sponsor entered by mistake",
    action: removeCoSponsor,
    who: "editors",
    audit: ["cosponsor.remove"],
    prepare: async () => {
      const item = await newItem();
      await db.coSponsorship.create({ data: { itemId: item.id, economyCode: "US" } });
      return { data: form({ itemId: item.id, economyCode: "US" }), look: () => db.coSponsorship.findMany({ where: { itemId: item.id } }) };
    },
  },
  {
    change: "add a milestone",
    action: addMilestone,
    who: "editors",
    audit: ["milestone.create"],
    prepare: async () => {
      const item = await newItem();
      return {
        data: form({ itemId: item.id, title: "Final report to SCCP", due: "2024-Q3", status: "PLANNED" }),
        look: () => db.milestone.findMany({ where: { itemId: item.id } }),
      };
    },
  },
  {
    change: "edit a milestone",
    action: editMilestone,
    who: "editors",
    audit: ["milestone.update"],
    prepare: async () => {
      const milestone = await newMilestone();
      return {
        data: form({ id: milestone.id, version: milestone.version, title: `${milestone.title} (moved)`, due: "2024-09", status: "PLANNED" }),
        look: () => db.milestone.findUnique({ where: { id: milestone.id } }),
      };
    },
  },
  {
    change: "mark a milestone done",
    action: completeMilestone,
    who: "editors",
    audit: ["milestone.complete"],
    prepare: async () => {
      const milestone = await newMilestone();
      return {
        data: form({ id: milestone.id, version: milestone.version, completedOn: "2024-05-02" }),
        look: () => db.milestone.findUnique({ where: { id: milestone.id } }),
      };
    },
  },
  {
    change: "reorder two undated milestones",
    action: moveMilestone,
    who: "editors",
    audit: ["milestone.move"],
    prepare: async () => {
      const item = await newItem();
      const first = await db.milestone.create({ data: { itemId: item.id, title: "Draft", precision: "UNDATED", position: 0 } });
      const second = await db.milestone.create({ data: { itemId: item.id, title: "Review", precision: "UNDATED", position: 1 } });
      return {
        data: form({ id: second.id, otherId: first.id }),
        look: () => db.milestone.findMany({ where: { itemId: item.id }, orderBy: { id: "asc" } }),
      };
    },
  },
  {
    change: "remove a milestone",
    action: deleteMilestone,
    who: "editors",
    audit: ["milestone.delete"],
    prepare: async () => {
      const milestone = await newMilestone();
      return { data: form({ id: milestone.id, version: milestone.version }), look: () => db.milestone.findUnique({ where: { id: milestone.id } }) };
    },
  },
  {
    change: "create a meeting",
    action: createMeeting,
    who: "editors",
    audit: ["meeting.create"],
    redirect: /^\/meetings\/\d+$/,
    prepare: async () => {
      const name = `Third SCCP meeting ${next()}`;
      return { data: form(meetingForm(name)), look: () => db.meeting.findMany({ where: { name } }) };
    },
  },
  {
    change: "edit a meeting",
    action: updateMeeting,
    who: "editors",
    audit: ["meeting.update"],
    redirect: /^\/meetings\/\d+$/,
    prepare: async () => {
      const meeting = await newMeeting();
      return {
        data: form({ ...meetingForm(meeting.name), chair: "Peru", id: meeting.id, version: meeting.version }),
        look: () => db.meeting.findUnique({ where: { id: meeting.id } }),
      };
    },
  },
  {
    change: "list an item as reported at a meeting",
    action: linkItemToMeeting,
    who: "editors",
    audit: ["meeting.link"],
    prepare: async () => {
      const [meeting, item] = [await newMeeting(), await newItem()];
      return {
        data: form({ meetingId: meeting.id, itemId: item.id, agendaItem: "4.2", note: "Peru reported progress." }),
        look: () => db.meetingItem.findMany({ where: { meetingId: meeting.id } }),
      };
    },
  },
  {
    change: "take an item off a meeting's list",
    action: unlinkItemFromMeeting,
    who: "editors",
    audit: ["meeting.unlink"],
    prepare: async () => {
      const [meeting, item] = [await newMeeting(), await newItem()];
      await db.meetingItem.create({ data: { meetingId: meeting.id, itemId: item.id } });
      return { data: form({ meetingId: meeting.id, itemId: item.id }), look: () => db.meetingItem.findMany({ where: { meetingId: meeting.id } }) };
    },
  },
  {
    change: "create an account",
    action: createUser,
    who: "admins",
    audit: ["user.create"],
    prepare: async () => {
      const email = `new-officer-${next()}@customs.test`;
      return { data: form({ email, name: "New Officer", role: "EDITOR" }), look: () => db.user.findUnique({ where: { email } }) };
    },
  },
  {
    change: "change someone's role",
    action: changeRole,
    who: "admins",
    audit: ["user.role"],
    prepare: async () => {
      const target = await newUser("VIEWER");
      return { data: form({ userId: target.id, role: "EDITOR" }), look: () => db.user.findUnique({ where: { id: target.id } }) };
    },
  },
  {
    change: "reset someone's password",
    action: resetPassword,
    who: "admins",
    audit: ["user.reset-password"],
    prepare: async () => {
      const target = await newUser("EDITOR");
      return { data: form({ userId: target.id }), look: () => db.user.findUnique({ where: { id: target.id } }) };
    },
  },
  {
    change: "deactivate an account",
    action: setUserActive,
    who: "admins",
    audit: ["user.deactivate"],
    prepare: async () => {
      const target = await newUser("EDITOR");
      return { data: form({ userId: target.id, active: "false" }), look: () => db.user.findUnique({ where: { id: target.id } }) };
    },
  },
  {
    change: "clear an account's sign-in wait",
    action: clearSignInThrottle,
    who: "admins",
    audit: ["sign-in.clear"],
    prepare: async () => {
      const key = `email:guessed-${next()}@customs.test`;
      const now = Date.now();
      await db.signInThrottle.create({ data: { key, failures: 8, firstFailureAt: new Date(now - 60_000), lockedUntil: new Date(now + 15 * 60_000) } });
      return { data: form({ key }), look: () => db.signInThrottle.findUnique({ where: { key } }) };
    },
  },
  {
    change: "reset someone's second factor",
    action: resetSecondFactor,
    who: "admins",
    audit: ["user.reset-second-factor"],
    prepare: async () => {
      const target = await newUser("EDITOR", { totpSecret: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU", totpEnabledAt: new Date() });
      return { data: form({ userId: target.id }), look: () => db.user.findUnique({ where: { id: target.id } }) };
    },
  },
  {
    change: "end every session of another account",
    action: endAllSessionsOf,
    who: "admins",
    audit: ["user.sessions-ended"],
    prepare: async () => {
      const target = await newUser("EDITOR");
      await newSession(target.id);
      await newSession(target.id);
      return { data: form({ userId: target.id }), look: () => db.userSession.findMany({ where: { userId: target.id } }) };
    },
  },
  {
    change: "sign out one of their other sessions",
    action: endOwnSession,
    who: "anyone signed in",
    audit: ["user.sessions-ended"],
    prepare: async (actor) => {
      const owner = actor ?? (await newUser("VIEWER"));
      const sessionId = await newSession(owner.id);
      return { data: form({ sessionId }), look: () => db.userSession.findMany({ where: { userId: owner.id } }) };
    },
  },
  {
    change: "sign out all their other sessions",
    action: endOwnOtherSessions,
    who: "anyone signed in",
    audit: ["user.sessions-ended"],
    prepare: async (actor) => {
      const owner = actor ?? (await newUser("VIEWER"));
      await newSession(owner.id);
      await newSession(owner.id);
      return { data: form({}), look: () => db.userSession.findMany({ where: { userId: owner.id } }) };
    },
  },
  {
    change: "start setting up an authenticator app",
    action: startTotpSetUp,
    who: "anyone signed in",
    audit: [],
    prepare: async (actor) => {
      // Set up only by someone who has no second factor yet.
      if (actor) await db.user.update({ where: { id: actor.id }, data: WITHOUT_SECOND_FACTOR });
      return { data: form({}), look: () => db.user.findMany({ where: { id: actor?.id ?? -1 }, select: { totpPendingSecret: true } }) };
    },
  },
  {
    change: "change their own password",
    action: changeOwnPassword,
    who: "anyone signed in",
    audit: ["user.change-password"],
    // Every other session ends with the old password; the officer is told what else ended.
    redirect: /^\/account\/password-changed$/,
    prepare: async (actor) => ({
      data: form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      look: () => db.user.findMany({ where: { id: actor?.id ?? -1 } }),
    }),
  },
  {
    change: "make their calendar address",
    action: renewCalendarToken,
    who: "anyone signed in",
    audit: ["token.create"],
    prepare: async (actor) => ({ data: form({}), look: () => db.accessToken.findMany({ where: { userId: actor?.id ?? -1 } }) }),
  },
  {
    change: "make an API token",
    action: createApiToken,
    who: "anyone signed in",
    audit: ["token.create"],
    prepare: async (actor) => ({ data: form({ label: `robot ${next()}` }), look: () => db.accessToken.findMany({ where: { userId: actor?.id ?? -1 } }) }),
  },
  {
    change: "revoke one of their API tokens",
    action: revokeApiToken,
    who: "anyone signed in",
    audit: ["token.revoke"],
    prepare: async (actor) => {
      const owner = actor ?? (await newUser("VIEWER"));
      const token = await db.accessToken.create({ data: { userId: owner.id, purpose: "api", label: "robot", hash: `fixture-${next()}` } });
      return { data: form({ id: token.id }), look: () => db.accessToken.findMany({ where: { userId: owner.id } }) };
    },
  },
  {
    change: "stop their calendar address",
    action: revokeCalendarToken,
    who: "anyone signed in",
    audit: ["token.revoke"],
    prepare: async (actor) => {
      if (actor) await db.accessToken.create({ data: { userId: actor.id, purpose: "calendar", hash: `fixture-${next()}` } });
      return { data: form({}), look: () => db.accessToken.findMany({ where: { userId: actor?.id ?? -1 } }) };
    },
  },
];

const ALLOWED: Record<Who, Role[]> = { editors: ["EDITOR", "ADMIN"], admins: ["ADMIN"], "anyone signed in": ["VIEWER", "EDITOR", "ADMIN"] };

interface Actor {
  label: string;
  /** Signs the actor in (or not) and returns their account. */
  signIn: () => Promise<User | null>;
  /** Whether the case lets this actor in; otherwise, the message they must get. */
  verdict: (c: Case) => { allowed: true } | { allowed: false; message: string | RegExp };
}

const byRole = (role: Role): Actor => ({
  label: { VIEWER: "a viewer", EDITOR: "an editor", ADMIN: "an administrator" }[role],
  signIn: async () => {
    const user = await newUser(role);
    sessionFor(user);
    return user;
  },
  verdict: (c) => (ALLOWED[c.who].includes(role) ? { allowed: true } : { allowed: false, message: msg("a.roleForbids") }),
});

const actors: Actor[] = [
  {
    label: "a visitor who is not signed in",
    signIn: async () => (sessionFor(null), null),
    verdict: () => ({ allowed: false, message: NOT_SIGNED_IN }),
  },
  byRole("VIEWER"),
  byRole("EDITOR"),
  byRole("ADMIN"),
  {
    label: "a deactivated administrator whose session is still open",
    signIn: async () => {
      const user = await newUser("ADMIN", { active: false });
      sessionFor(user);
      return user;
    },
    verdict: () => ({ allowed: false, message: NOT_SIGNED_IN }),
  },
  {
    label: "an administrator whose session predates a password reset",
    signIn: async () => {
      const user = await newUser("ADMIN", { sessionVersion: 3 });
      sessionFor(user, 2);
      return user;
    },
    verdict: () => ({ allowed: false, message: NOT_SIGNED_IN }),
  },
  {
    label: "an administrator who still has a temporary password",
    signIn: async () => {
      const user = await newUser("ADMIN", { mustChangePassword: true });
      sessionFor(user);
      return user;
    },
    verdict: (c) => (c.action === changeOwnPassword ? { allowed: true } : { allowed: false, message: msg("a.changeTemporaryPassword") }),
  },
  {
    // Administrators must have a second factor: until it is set up, only setting it up, changing
    // the password and ending sessions are let through, whatever the role allows.
    label: "an administrator who has not set up the second factor required of them",
    signIn: async () => {
      const user = await newUser("ADMIN", WITHOUT_SECOND_FACTOR);
      sessionFor(user);
      return user;
    },
    verdict: (c) =>
      [changeOwnPassword, startTotpSetUp, endOwnSession, endOwnOtherSessions].includes(c.action)
        ? { allowed: true }
        : { allowed: false, message: msg("security.setUpFirst") },
  },
];

for (const c of cases) {
  describe(`who may ${c.change}`, () => {
    for (const actor of actors) {
      const verdict = actor.verdict(c);
      const title = verdict.allowed ? `${actor.label} may, and the audit trail names them` : `${actor.label} is refused with a message, and nothing is written`;

      it(title, async () => {
        const user = await actor.signIn();
        const { data, look } = await c.prepare(user);
        const [before, rowsBefore, auditId] = [await counts(), await look(), await lastAuditId()];

        const outcome = await submit(c.action, data);

        if (verdict.allowed) {
          expect(outcome.result?.ok === false ? outcome.result.message : null).toBeNull();
          if (c.redirect) expect(outcome.redirectedTo).toMatch(c.redirect);
          else expect(outcome).toEqual({ result: expect.objectContaining({ ok: true }), redirectedTo: null });
          expect(await look()).not.toEqual(rowsBefore);
          const events = await auditSince(auditId);
          expect(events.map((e) => ({ action: e.action, userId: e.userId }))).toEqual(c.audit.map((action) => ({ action, userId: user!.id })));
        } else {
          expect(outcome.redirectedTo).toBeNull();
          expect(outcome.result).toMatchObject({ ok: false, message: verdict.message });
          expect(await counts()).toEqual(before);
          expect(await look()).toEqual(rowsBefore);
          expect(await auditSince(auditId)).toEqual([]);
        }
      });
    }
  });
}

describe("what an allowed change leaves behind", () => {
  it("an officer with a temporary password who changes it may then make changes their role allows", async () => {
    const admin = await newUser("ADMIN", { mustChangePassword: true });
    sessionFor(admin);
    const changed = await submit(changeOwnPassword, form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(changed.redirectedTo).toBe("/account/password-changed");
    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(admin.sessionVersion + 1);
    expect(await verifyPassword(NEW_PASSWORD, after.passwordHash)).toBe(true);

    // The session it was changed from has ended; under the new session version the officer may act.
    expect((await submit(createMeeting, form(meetingForm(`Old session ${next()}`)))).result).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
    sessionFor(after);

    const created = await submit(createMeeting, form(meetingForm(`After the password change ${next()}`)));
    expect(created.redirectedTo).toMatch(/^\/meetings\/\d+$/);
  });

  it("a deleted item is gone with its co-sponsors and milestones, and its seed key is remembered", async () => {
    const admin = await newUser("ADMIN");
    sessionFor(admin);
    const item = await newItem({ archivedAt: new Date(), seedKey: `fixture-${next()}` });
    await db.coSponsorship.create({ data: { itemId: item.id, economyCode: "JP" } });
    await newMilestone(item.id);

    const outcome = await submit(deleteItem, form({ id: item.id, version: item.version }));

    expect(outcome.redirectedTo).toBe("/items");
    expect(await db.item.findUnique({ where: { id: item.id } })).toBeNull();
    expect(await db.coSponsorship.count({ where: { itemId: item.id } })).toBe(0);
    expect(await db.milestone.count({ where: { itemId: item.id } })).toBe(0);
    expect(await db.deletedSeedRecord.findUnique({ where: { seedKey: item.seedKey! } })).not.toBeNull();
  });

  it("even an administrator cannot delete an item that is not archived", async () => {
    const admin = await newUser("ADMIN");
    sessionFor(admin);
    const item = await newItem();
    const [before, auditId] = [await counts(), await lastAuditId()];

    const outcome = await submit(deleteItem, form({ id: item.id, version: item.version }));

    expect(outcome.result).toMatchObject({ ok: false, message: msg("a.archiveFirst") });
    expect(await counts()).toEqual(before);
    expect(await auditSince(auditId)).toEqual([]);
  });
});

describe("a forged form post changes only what the action is for", () => {
  it("an editor creating an item cannot make themselves administrator or set its id, version, archive or seed key", async () => {
    const editor = await newUser("EDITOR");
    sessionFor(editor);
    const titleEn = `Forged item ${next()}`;
    const outcome = await submit(
      createItem,
      form({
        ...itemForm({ titleEn, year: 2024, proposerCode: "PE", status: "PROPOSED", kind: "INITIATIVE" }),
        role: "ADMIN",
        userId: editor.id,
        id: 999_999,
        version: 42,
        archivedAt: "2024-01-01T00:00:00Z",
        seedKey: "forged",
        createdAt: "2000-01-01",
      }),
    );

    expect(outcome.redirectedTo).toMatch(/^\/items\/\d+$/);
    const item = await db.item.findFirstOrThrow({ where: { titleEn } });
    expect(item).toMatchObject({ version: 1, archivedAt: null, seedKey: null });
    expect(item.id).not.toBe(999_999);
    expect(item.createdAt.getFullYear()).toBeGreaterThan(2000);
    expect(await db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ role: "EDITOR", sessionVersion: editor.sessionVersion });
  });

  it("an edit cannot move an item to the archive or give it a seed key", async () => {
    const editor = await newUser("EDITOR");
    sessionFor(editor);
    const item = await newItem();
    const outcome = await submit(
      updateItem,
      form({
        ...itemForm({ ...item, titleEn: `${item.titleEn} v2` }),
        id: item.id,
        version: item.version,
        archivedAt: "2024-01-01",
        seedKey: "forged",
        forumId: 999,
      }),
    );

    expect(outcome.redirectedTo).toBe(`/items/${item.id}`);
    expect(await db.item.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      titleEn: `${item.titleEn} v2`,
      version: item.version + 1,
      archivedAt: null,
      seedKey: null,
      forumId: sccpForumId,
    });
  });

  it("an officer changing their own password cannot change someone else's, nor their own role", async () => {
    const viewer = await newUser("VIEWER");
    const victim = await newUser("ADMIN");
    sessionFor(viewer);

    const outcome = await submit(
      changeOwnPassword,
      form({
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
        userId: victim.id,
        id: victim.id,
        email: victim.email,
        role: "ADMIN",
      }),
    );

    expect(outcome.redirectedTo).toBe("/account/password-changed");
    const [me, them] = await Promise.all([db.user.findUniqueOrThrow({ where: { id: viewer.id } }), db.user.findUniqueOrThrow({ where: { id: victim.id } })]);
    expect(await verifyPassword(NEW_PASSWORD, me.passwordHash)).toBe(true);
    expect(me).toMatchObject({ role: "VIEWER", email: viewer.email });
    expect(them).toEqual(victim);
    const [event] = await db.auditEvent.findMany({ where: { action: "user.change-password", userId: viewer.id } });
    expect(event).toMatchObject({ entityType: "User", entityId: String(viewer.id) });
  });

  it("a new account always starts active, with a temporary password and no session", async () => {
    const admin = await newUser("ADMIN");
    sessionFor(admin);
    const email = `forged-${next()}@customs.test`;
    const outcome = await submit(
      createUser,
      form({ email, name: "Forged", role: "VIEWER", active: "false", mustChangePassword: "false", passwordHash, sessionVersion: 7, id: 1 }),
    );

    expect(outcome.result).toMatchObject({ ok: true, secret: expect.any(String) });
    const created = await db.user.findUniqueOrThrow({ where: { email } });
    expect(created).toMatchObject({ role: "VIEWER", active: true, mustChangePassword: true, sessionVersion: 0 });
    expect(created.passwordHash).not.toBe(passwordHash);
  });

  it("changing a role changes nothing else about the account", async () => {
    const admin = await newUser("ADMIN");
    const target = await newUser("VIEWER");
    sessionFor(admin);
    const outcome = await submit(changeRole, form({ userId: target.id, role: "EDITOR", email: "hijacked@evil.test", active: "false", passwordHash: "x" }));

    expect(outcome.result).toMatchObject({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect({ ...after, updatedAt: target.updatedAt }).toEqual({ ...target, role: "EDITOR" });
  });

  it("editing a milestone cannot move it to another item", async () => {
    const editor = await newUser("EDITOR");
    sessionFor(editor);
    const milestone = await newMilestone();
    const other = await newItem();
    const outcome = await submit(
      editMilestone,
      form({ id: milestone.id, version: milestone.version, title: "Renamed", due: "2024", itemId: other.id, position: 99 }),
    );

    expect(outcome.result).toMatchObject({ ok: true });
    expect(await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).toMatchObject({ itemId: milestone.itemId, title: "Renamed", position: 0 });
    expect(await db.milestone.count({ where: { itemId: other.id } })).toBe(0);
  });

  it("adding a co-sponsor cannot backdate its withdrawal or add it to a second item", async () => {
    const editor = await newUser("EDITOR");
    sessionFor(editor);
    const [item, other] = [await newItem(), await newItem()];
    const outcome = await submit(addCoSponsor, form({ itemId: item.id, economyCode: "JP", withdrawnOn: "2024-01-01", "itemId[]": [String(other.id)] }));

    expect(outcome.result).toMatchObject({ ok: true });
    expect(await db.coSponsorship.findMany({ where: { itemId: { in: [item.id, other.id] } } })).toEqual([
      expect.objectContaining({ itemId: item.id, economyCode: "JP", withdrawnOn: null }),
    ]);
  });

  it("a bulk status change ignores a co-sponsor smuggled into the same form", async () => {
    const editor = await newUser("EDITOR");
    sessionFor(editor);
    const item = await newItem({ status: "PROPOSED" });
    const outcome = await submit(
      bulkUpdateItems,
      form({ operation: "status", "ids[]": [String(item.id)], status: "COMPLETED", economyCode: "JP", archivedAt: "2024-01-01" }),
    );

    expect(outcome.result).toMatchObject({ ok: true });
    expect(await db.item.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "COMPLETED", archivedAt: null });
    expect(await db.coSponsorship.count({ where: { itemId: item.id } })).toBe(0);
  });
});

describe("an archived item is frozen until it is restored, even for an administrator", () => {
  async function archivedItemWithEverything() {
    const item = await newItem();
    await db.coSponsorship.create({ data: { itemId: item.id, economyCode: "AU", joinedOn: "2024-01-10" } });
    const [first, second] = [await newMilestone(item.id, "Draft"), await newMilestone(item.id, "Review")];
    const meeting = await newMeeting();
    const archived = await db.item.update({ where: { id: item.id }, data: { archivedAt: new Date(), version: { increment: 1 } } });
    return { item: archived, first, second, meeting };
  }

  type Frozen = Awaited<ReturnType<typeof archivedItemWithEverything>>;
  const changes: [string, Action, (f: Frozen) => Fields][] = [
    ["edit it", updateItem, ({ item }) => ({ ...itemForm({ ...item, titleEn: "Renamed while archived" }), id: item.id, version: item.version })],
    ["change its status in a bulk edit", bulkUpdateItems, ({ item }) => ({ operation: "status", "ids[]": [String(item.id)], status: "CANCELLED" })],
    ["add a co-sponsor", addCoSponsor, ({ item }) => ({ itemId: item.id, economyCode: "CL" })],
    ["add a milestone", addMilestone, ({ item }) => ({ itemId: item.id, title: "Added while archived" })],
    ["edit a milestone", editMilestone, ({ first }) => ({ id: first.id, version: first.version, title: "Renamed while archived" })],
    ["mark a milestone done", completeMilestone, ({ first }) => ({ id: first.id, version: first.version, completedOn: "2024-05-02" })],
    ["reorder its milestones", moveMilestone, ({ first, second }) => ({ id: second.id, otherId: first.id })],
    ["remove a milestone", deleteMilestone, ({ first }) => ({ id: first.id, version: first.version })],
    ["list it as reported at a meeting", linkItemToMeeting, ({ item, meeting }) => ({ meetingId: meeting.id, itemId: item.id })],
  ];

  async function expectFrozen(action: Action, fields: (f: Frozen) => Fields) {
    sessionFor(await newUser("ADMIN"));
    const frozen = await archivedItemWithEverything();
    const look = () => db.item.findUnique({ where: { id: frozen.item.id }, include: { coSponsorships: true, milestones: true, reports: true } });
    const [before, rowsBefore, auditId] = [await counts(), await look(), await lastAuditId()];

    const outcome = await submit(action, form(fields(frozen)));

    expect(outcome.redirectedTo).toBeNull();
    expect(outcome.result).toMatchObject({ ok: false, message: expect.stringMatching(/\S/) });
    expect(await counts()).toEqual(before);
    expect(await look()).toEqual(rowsBefore);
    expect(await auditSince(auditId)).toEqual([]);
  }

  it.each(changes)("no one may %s", async (_change, action, fields) => expectFrozen(action, fields));

  it("no one may record that a co-sponsor withdrew", async () => {
    await expectFrozen(withdrawCoSponsor, ({ item }) => ({ itemId: item.id, economyCode: "AU", withdrawnOn: "2024-03-01" }));
  });

  it("no one may remove a co-sponsor", async () => {
    await expectFrozen(removeCoSponsor, ({ item }) => ({ itemId: item.id, economyCode: "AU" }));
  });
});

// Route handlers read with the session too: the export hands out the whole plan, so it follows the
// pages' rules, the one-time password included (lib/auth/route-user.ts).
describe("who may download the work plan (/items/export)", () => {
  const readers: [string, number, () => Promise<void>][] = [
    ["nobody", 401, async () => sessionFor(null)],
    ["a viewer", 200, async () => sessionFor(await newUser("VIEWER"))],
    ["an editor", 200, async () => sessionFor(await newUser("EDITOR"))],
    ["an administrator", 200, async () => sessionFor(await newUser("ADMIN", { totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", totpEnabledAt: new Date() }))],
    ["an administrator who has not set up a second factor yet", 403, async () => sessionFor(await newUser("ADMIN", WITHOUT_SECOND_FACTOR))],
    ["a deactivated viewer", 401, async () => sessionFor(await newUser("VIEWER", { active: false }))],
    ["a viewer whose session predates a password reset", 401, async () => sessionFor(await newUser("VIEWER", { sessionVersion: 3 }), 2)],
    ["an administrator who still has a temporary password", 403, async () => sessionFor(await newUser("ADMIN", { mustChangePassword: true }))],
  ];

  it.each(readers)("%s gets %i", async (_reader, status, signIn) => {
    const { GET } = await import("@/app/(app)/items/export/route");
    await signIn();
    // lang chosen in the address: outside a request next-intl cannot tell the reader's language.
    const response = await GET(new Request("http://localhost/items/export?proposer=PE&lang=en"));
    expect(response.status).toBe(status);
    expect(response.headers.get("content-disposition") !== null).toBe(status === 200);
  });
});
