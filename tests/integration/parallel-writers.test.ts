// Many writers at once, through the real write functions, on whichever engine the suite runs on
// (SQLite by default, PostgreSQL with TEST_DATABASE_URL). Each rule must come out as if the
// writers had taken turns: SQLite has one writer at a time, PostgreSQL does not, so every check
// that reads before it writes must hold there too.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ConflictError, RefusedError } from "@/lib/actions/errors";
import { authorizeCredentials, SIGN_IN_FAILED } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { clearSignInThrottle } from "@/lib/auth/sign-in-throttle-mutations";
import { FREE_FAILURES, registerAttempt } from "@/lib/auth/throttle";
import * as coSponsors from "@/lib/co-sponsors/mutations";
import { db } from "@/lib/db";
import type { Item, User } from "@/lib/db/generated/client";
import { engineOf } from "@/lib/db/url";
import { lockRow, writeTransaction, type Actor, type Tx } from "@/lib/db/write";
import { msg } from "@/lib/i18n/message";
import { fieldsToFormValues } from "@/lib/items/form-values";
import * as items from "@/lib/items/mutations";
import * as meetings from "@/lib/meetings/mutations";
import * as milestones from "@/lib/milestones/mutations";
import * as tokens from "@/lib/tokens/mutations";
import { hashToken } from "@/lib/tokens/tokens";
import * as users from "@/lib/users/mutations";
import { seedDatabase } from "@/prisma/seed/seed";

vi.hoisted(() => {
  // Without it, importing the auth options generates a secret file (or, on PostgreSQL, refuses).
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});

let editor: User;
let sccpForumId: number;
let passwordHash: string;

beforeAll(async () => {
  await seedDatabase(db);
  sccpForumId = (await db.forum.findUniqueOrThrow({ where: { code: "SCCP" } })).id;
  passwordHash = await hashPassword("a-long-enough-password");
  editor = await db.user.create({ data: { email: "editor@customs.test", name: "Eddie Editor", role: "EDITOR", passwordHash } });
});

type Settled<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Runs every write at once, each in its own transaction; a refusal or a conflict is an outcome, any other error fails the test. */
async function together<T>(writes: ((tx: Tx) => Promise<T>)[]): Promise<Settled<T>[]> {
  const outcomes = await Promise.allSettled(writes.map((write) => writeTransaction(write)));
  return outcomes.map((outcome) => {
    if (outcome.status === "fulfilled") return { ok: true, value: outcome.value };
    if (outcome.reason instanceof RefusedError) return { ok: false, message: outcome.reason.message, fieldErrors: outcome.reason.fieldErrors };
    if (outcome.reason instanceof ConflictError) return { ok: false, message: outcome.reason.message };
    throw outcome.reason;
  });
}

const succeeded = <T>(outcomes: Settled<T>[]) => outcomes.filter((outcome) => outcome.ok);
const refusals = <T>(outcomes: Settled<T>[]) => outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.message]));
const keyOf = (message: string) => message.slice(0, message.indexOf("\u241F"));

let itemCount = 0;
function newItem(proposerCode = "PE"): Promise<Item> {
  itemCount++;
  return db.item.create({
    data: { forumId: sccpForumId, year: 2025, titleEn: `Parallel item ${itemCount}`, proposerCode, status: "APPROVED", kind: "INITIATIVE" },
  });
}

describe("the write transaction", () => {
  // SQLite has one writer at a time, so two writers can never hold one row each.
  it.skipIf(engineOf(process.env.DATABASE_URL!) === "sqlite")(
    "runs a write again when PostgreSQL ends it for a deadlock, so both writers succeed",
    async () => {
      const [first, second] = [await newItem(), await newItem()];
      let bothHoldOne: () => void;
      const held = new Promise<void>((resolve) => (bothHoldOne = resolve));
      let holding = 0;
      const runs: string[] = [];
      // Each locks one item, waits until the other holds the other one, then wants it too: one of
      // them is ended as a deadlock, and its second run waits for the first to commit instead.
      const crossing = (mine: Item, theirs: Item, name: string) => async (tx: Tx) => {
        runs.push(name);
        await lockRow(tx, "Item", mine.id);
        if (++holding === 2) bothHoldOne();
        await held;
        await lockRow(tx, "Item", theirs.id);
        await tx.item.update({ where: { id: theirs.id }, data: { notes: `Last written by ${name}` } });
        return name;
      };
      const outcomes = await together([crossing(first, second, "one"), crossing(second, first, "two")]);
      expect(outcomes).toEqual([
        { ok: true, value: "one" },
        { ok: true, value: "two" },
      ]);
      // One of them ran twice: ended once as a deadlock, then run again.
      expect(runs).toHaveLength(3);
    },
  );
});

describe("sign-in throttling", () => {
  it("thirty wrong passwords for one account at once are counted as if typed one after another", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-03T09:00:00Z") });
    try {
      await db.user.create({ data: { email: "guessed@customs.test", name: "Guessed", role: "VIEWER", passwordHash } });
      const tries = Array.from({ length: 30 }, () =>
        authorizeCredentials({ email: "guessed@customs.test", password: "wrong-guess" }, { address: "10.9.9.9", knownDevice: null }).then(
          () => "signed in",
          (error: Error) => error.message,
        ),
      );
      const answers = await Promise.all(tries);

      // In turn: the account's free failures, then the one that starts the wait; every later try
      // is refused while it waits, without being counted or its password looked at.
      const counted = FREE_FAILURES.email + 1;
      const throttles = await db.signInThrottle.findMany({ where: { key: { in: ["email:guessed@customs.test", "ip:10.9.9.9"] } }, orderBy: { key: "asc" } });
      expect(throttles.map(({ key, failures }) => ({ key, failures }))).toEqual([
        { key: "email:guessed@customs.test", failures: counted },
        { key: "ip:10.9.9.9", failures: counted },
      ]);
      expect(throttles[0]!.lockedUntil).toEqual(new Date(Date.now() + 1_000));
      expect(answers.filter((answer) => answer === SIGN_IN_FAILED)).toHaveLength(FREE_FAILURES.email);
      expect(answers.filter((answer) => answer !== SIGN_IN_FAILED && answer !== "signed in")).toHaveLength(30 - FREE_FAILURES.email);
    } finally {
      vi.useRealTimers();
    }
  });

  it("forty attempts from one address for forty new accounts count forty failures on the address", async () => {
    const at = new Date("2026-12-04T09:00:00Z");
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        registerAttempt(
          db,
          [
            { key: `email:new${n}@customs.test`, kind: "email" },
            { key: "ip:10.7.7.7", kind: "ip" },
          ],
          at,
        ),
      ),
    );
    // The address's free failures, then the one that starts its wait; the rest are refused.
    expect(attempts.filter((attempt) => !attempt.wasLocked)).toHaveLength(FREE_FAILURES.ip + 1);
    expect(await db.signInThrottle.findUnique({ where: { key: "ip:10.7.7.7" } })).toMatchObject({ failures: FREE_FAILURES.ip + 1 });
    expect(await db.signInThrottle.count({ where: { key: { startsWith: "email:new" }, failures: 1 } })).toBe(FREE_FAILURES.ip + 1);
  });

  it("ten administrators clearing one key at once: one clears it, the others are told it is gone", async () => {
    const admin = await db.user.create({ data: { email: "clearer@customs.test", name: "Clearer", role: "ADMIN", passwordHash } });
    await registerAttempt(db, [{ key: "email:cleared@customs.test", kind: "email" }]);
    const outcomes = await together(Array.from({ length: 10 }, () => (tx: Tx) => clearSignInThrottle(tx, admin, "email:cleared@customs.test")));
    expect(succeeded(outcomes)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(9).fill(msg("a.signInThrottleGone")));
    expect(await db.auditEvent.count({ where: { action: "sign-in.clear", entityId: "email:cleared@customs.test" } })).toBe(1);
  });
});

describe("the last administrator", () => {
  async function admins(count: number, prefix: string) {
    return Promise.all(
      Array.from({ length: count }, (_, n) =>
        db.user.create({ data: { email: `${prefix}${n}@customs.test`, name: `Admin ${n}`, role: "ADMIN", passwordHash } }),
      ),
    );
  }
  /** Active administrators left among `group` (the seed may hold others). */
  const activeAmong = (group: User[]) => db.user.count({ where: { id: { in: group.map((user) => user.id) }, role: "ADMIN", active: true } });

  it("two administrators demoting each other at once: one is refused, one remains", async () => {
    // Keeps the rest of the database out of the count: only these two are administrators.
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const [a, b] = await admins(2, "pair");
    const outcomes = await together([
      (tx) => users.changeRole(tx, a!, { userId: b!.id, role: "EDITOR" }),
      (tx) => users.changeRole(tx, b!, { userId: a!.id, role: "VIEWER" }),
    ]);
    expect(succeeded(outcomes)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual([msg("a.lastAdmin")]);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("twenty administrators demoting or deactivating one another at once leave exactly one", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const group = await admins(20, "ring");
    const outcomes = await together(
      group.map((actor, n) => {
        const target = group[(n + 1) % group.length]!;
        return n % 2 === 0
          ? (tx: Tx) => users.changeRole(tx, actor, { userId: target.id, role: "EDITOR" })
          : (tx: Tx) => users.setUserActive(tx, actor, { userId: target.id, active: false });
      }),
    );
    expect(succeeded(outcomes)).toHaveLength(19);
    expect(refusals(outcomes)).toEqual([msg("a.lastAdmin")]);
    expect(await activeAmong(group)).toBe(1);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("ten deactivations of one account at once: one goes through, the others are told it is inactive already", async () => {
    const [admin] = await admins(1, "deactivator");
    const officer = await db.user.create({ data: { email: "leaving@customs.test", name: "Leaving", role: "EDITOR", passwordHash } });
    const outcomes = await together(Array.from({ length: 10 }, () => (tx: Tx) => users.setUserActive(tx, admin!, { userId: officer.id, active: false })));
    expect(succeeded(outcomes)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(9).fill(msg("a.alreadyInactive")));
    expect(await db.auditEvent.count({ where: { action: "user.deactivate", entityId: String(officer.id) } })).toBe(1);
  });
});

describe("accounts and tokens", () => {
  it("twenty administrators creating the same email at once: one account, nineteen told the email is taken", async () => {
    const outcomes = await together(
      Array.from(
        { length: 20 },
        (_, n) => (tx: Tx) => users.createUser(tx, editor, { email: "twin@customs.test", name: `Twin ${n}`, role: "VIEWER", passwordHash }),
      ),
    );
    expect(succeeded(outcomes)).toHaveLength(1);
    const refused = outcomes.filter((outcome) => !outcome.ok);
    expect(refused).toHaveLength(19);
    for (const outcome of refused) expect(outcome).toMatchObject({ message: msg("a.fieldsNeedAttention"), fieldErrors: { email: [msg("a.emailTaken")] } });
    expect(await db.user.count({ where: { email: "twin@customs.test" } })).toBe(1);
  });

  it("twenty calendar renewals at once leave exactly one live calendar address", async () => {
    const officer: Actor = { id: editor.id, sessionVersion: editor.sessionVersion };
    const outcomes = await together(
      Array.from({ length: 20 }, (_, n) => (tx: Tx) => tokens.renewCalendarToken(tx, officer, `calendar-token-${n}-${"x".repeat(20)}`)),
    );
    expect(succeeded(outcomes)).toHaveLength(20);
    expect(await db.accessToken.count({ where: { userId: editor.id, purpose: "calendar", revokedAt: null } })).toBe(1);
    expect(await db.accessToken.count({ where: { userId: editor.id, purpose: "calendar" } })).toBe(20);
  });

  it("ten revocations of one API token at once: one revokes it, the others are told it is gone", async () => {
    const officer: Actor = { id: editor.id, sessionVersion: editor.sessionVersion };
    const token = await db.accessToken.create({
      data: { userId: editor.id, purpose: "api", label: "laptop", hash: hashToken("api-token-parallel-0123456789") },
    });
    const outcomes = await together(Array.from({ length: 10 }, () => (tx: Tx) => tokens.revokeApiToken(tx, officer, { id: token.id })));
    expect(succeeded(outcomes)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(Array(9).fill(msg("api.tokenGone")));
    expect(await db.auditEvent.count({ where: { action: "token.revoke", before: { contains: `"tokenId":${token.id}` } } })).toBe(1);
  });
});

describe("co-sponsorship", () => {
  it("thirty officers adding the same co-sponsor at once: one row, one event, twenty-nine told it is there", async () => {
    const item = await newItem();
    const outcomes = await together(
      Array.from({ length: 30 }, () => (tx: Tx) => coSponsors.addCoSponsor(tx, editor, { itemId: item.id, economyCode: "CL", joinedOn: "2025-03-01" })),
    );
    expect(succeeded(outcomes)).toHaveLength(1);
    expect(refusals(outcomes).map(keyOf)).toEqual(Array(29).fill("a.alreadyCoSponsor"));
    expect(await db.coSponsorship.count({ where: { itemId: item.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityType: "CoSponsorship", itemId: item.id } })).toBe(1);
    expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(item.version + 1);
  });

  it("twenty economies joining one item at once all join, and each moves its version on", async () => {
    const item = await newItem();
    const economies = (await db.economy.findMany({ where: { code: { not: "PE" } }, orderBy: { code: "asc" }, take: 20 })).map((economy) => economy.code);
    const outcomes = await together(
      economies.map((economyCode) => (tx: Tx) => coSponsors.addCoSponsor(tx, editor, { itemId: item.id, economyCode, joinedOn: null })),
    );
    expect(succeeded(outcomes)).toHaveLength(economies.length);
    expect(await db.coSponsorship.count({ where: { itemId: item.id } })).toBe(economies.length);
    expect((await db.item.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(item.version + economies.length);
  });

  it("the proposer handed to an economy while it is added as co-sponsor never ends up co-sponsoring", async () => {
    const pairs = await Promise.all(Array.from({ length: 15 }, () => newItem("PE")));
    const writes = pairs.flatMap((item) => [
      (tx: Tx) =>
        items.changeItemFields(tx, editor, {
          id: item.id,
          version: item.version,
          data: { proposerCode: "CL" },
          before: { proposerCode: "PE" },
          after: { proposerCode: "CL" },
        }),
      (tx: Tx) => coSponsors.addCoSponsor(tx, editor, { itemId: item.id, economyCode: "CL", joinedOn: null }),
    ]);
    const outcomes = await together<unknown>(writes);
    for (const item of pairs) {
      const saved = await db.item.findUniqueOrThrow({ where: { id: item.id }, include: { coSponsorships: { where: { withdrawnOn: null } } } });
      expect(saved.coSponsorships.map((row) => row.economyCode)).not.toContain(saved.proposerCode);
    }
    // Each pair: whichever came second is refused, or (the proposer change) finds the item moved on.
    const changed = outcomes.filter((outcome, n) => n % 2 === 0 && outcome.ok && outcome.value === true).length;
    const added = outcomes.filter((outcome, n) => n % 2 === 1 && outcome.ok).length;
    expect(changed + added).toBe(pairs.length);
  });

  it("twenty withdrawals, or removals, of one co-sponsor at once: one goes through, the others are told it is not one", async () => {
    const item = await newItem();
    await writeTransaction((tx) => coSponsors.addCoSponsor(tx, editor, { itemId: item.id, economyCode: "CL", joinedOn: null }));
    await writeTransaction((tx) => coSponsors.addCoSponsor(tx, editor, { itemId: item.id, economyCode: "JP", joinedOn: null }));
    const withdrawals = await together(
      Array.from(
        { length: 20 },
        (_, n) => (tx: Tx) =>
          coSponsors.withdrawCoSponsor(tx, editor, { itemId: item.id, economyCode: "CL", withdrawnOn: `2025-05-${String(n + 1).padStart(2, "0")}` }),
      ),
    );
    expect(succeeded(withdrawals)).toHaveLength(1);
    expect(refusals(withdrawals)).toEqual(Array(19).fill(msg("a.notCoSponsor")));
    expect(await db.auditEvent.count({ where: { action: "cosponsor.withdraw", itemId: item.id } })).toBe(1);

    const removals = await together(
      Array.from({ length: 20 }, () => (tx: Tx) => coSponsors.removeCoSponsor(tx, editor, { itemId: item.id, economyCode: "JP" })),
    );
    expect(succeeded(removals)).toHaveLength(1);
    expect(refusals(removals)).toEqual(Array(19).fill(msg("a.notCoSponsor")));
    expect(await db.auditEvent.count({ where: { action: "cosponsor.remove", itemId: item.id } })).toBe(1);
  });
});

describe("milestone positions", () => {
  const fields = (title: string) => ({
    title,
    titleZh: null,
    precision: "UNDATED" as const,
    dueStart: null,
    dueEnd: null,
    anchor: null,
    status: "PLANNED" as const,
    completedOn: null,
    note: null,
  });

  it("thirty milestones added to one item at once get thirty distinct positions, in a row", async () => {
    const item = await newItem();
    const outcomes = await together(
      Array.from({ length: 30 }, (_, n) => (tx: Tx) => milestones.addMilestone(tx, editor, { itemId: item.id, fields: fields(`Step ${n + 1}`) })),
    );
    expect(succeeded(outcomes)).toHaveLength(30);
    const positions = (await db.milestone.findMany({ where: { itemId: item.id }, orderBy: { position: "asc" } })).map((m) => m.position);
    expect(positions).toEqual(Array.from({ length: 30 }, (_, n) => n));
  });

  it("adds and moves at once never leave two milestones of an item on one position", async () => {
    const item = await newItem();
    for (let n = 0; n < 6; n++) await writeTransaction((tx) => milestones.addMilestone(tx, editor, { itemId: item.id, fields: fields(`Undated ${n + 1}`) }));
    const existing = await db.milestone.findMany({ where: { itemId: item.id }, orderBy: { position: "asc" } });
    const writes = Array.from({ length: 24 }, (_, n) =>
      n % 2 === 0
        ? (tx: Tx) => milestones.addMilestone(tx, editor, { itemId: item.id, fields: fields(`Added ${n}`) })
        : (tx: Tx) => milestones.moveMilestone(tx, editor, { id: existing[n % 6]!.id, otherId: existing[(n + 1) % 6]!.id }),
    );
    const outcomes = await together<unknown>(writes);
    expect(succeeded(outcomes)).toHaveLength(24);
    const positions = (await db.milestone.findMany({ where: { itemId: item.id } })).map((m) => m.position).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 18 }, (_, n) => n));
  });

  it("a milestone deleted while it is edited is deleted only at the version the officer saw", async () => {
    const item = await newItem();
    const milestone = await writeTransaction((tx) => milestones.addMilestone(tx, editor, { itemId: item.id, fields: fields("Report filed") }));
    const outcomes = await together<unknown>([
      (tx) =>
        milestones.editMilestone(tx, editor, {
          id: milestone.id,
          version: milestone.version,
          original: null,
          fields: { ...fields("Report filed"), note: "Sent to the secretariat" },
        }),
      (tx) => milestones.deleteMilestone(tx, editor, { id: milestone.id, version: milestone.version }),
    ]);
    const left = await db.milestone.findUnique({ where: { id: milestone.id } });
    if (outcomes[1]!.ok) {
      // The delete went first: the edit found nothing to save.
      expect(left).toBeNull();
      expect(outcomes[0]).toEqual({ ok: false, message: msg("a.milestoneGone") });
    } else {
      expect(outcomes[1]).toEqual({ ok: false, message: msg("a.staleReload") });
      expect(left).toMatchObject({ note: "Sent to the secretariat", version: milestone.version + 1 });
    }
  });
});

describe("version checks", () => {
  it("thirty saves of one item at the same version: one lands, twenty-nine conflict, none is lost", async () => {
    const item = await newItem();
    const titles = Array.from({ length: 30 }, (_, n) => `Parallel title ${n + 1}`);
    const outcomes = await together(
      titles.map(
        (titleEn) => (tx: Tx) =>
          items.changeItemFields(tx, editor, { id: item.id, version: item.version, data: { titleEn }, before: { titleEn: item.titleEn }, after: { titleEn } }),
      ),
    );
    const winners = outcomes.flatMap((outcome, n) => (outcome.ok && outcome.value ? [titles[n]!] : []));
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.ok && outcome.value === false)).toHaveLength(29);
    expect(await db.item.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ titleEn: winners[0], version: item.version + 1 });
    expect(await db.auditEvent.count({ where: { entityType: "Item", entityId: String(item.id), action: "item.update" } })).toBe(1);
  });

  it("twenty officers saving two fields of one item at once: the first save of each field lands, the others conflict", async () => {
    const item = await newItem();
    const opened = { ...blankItemFields, kind: item.kind, forumCode: "SCCP", year: item.year, titleEn: item.titleEn, proposerCode: "PE", status: item.status };
    const original = fieldsToFormValues(opened);
    // Every form opened at the same version; half change the overseer, half the summary.
    const changes = Array.from({ length: 20 }, (_, n) => (n % 2 === 0 ? { overseer: `Overseer ${n}` } : { summary: `Summary ${n}` }));
    const outcomes = await together(
      changes.map((change) => (tx: Tx) => items.updateItem(tx, editor, { id: item.id, version: item.version, original, fields: { ...opened, ...change } })),
    );

    // As one after the other: the first save of each field lands (the second merged over the
    // first), every later one changed a field a colleague changed since and is shown the conflict.
    expect(succeeded(outcomes)).toHaveLength(2);
    expect(refusals(outcomes)).toEqual(Array(18).fill(msg("a.conflict")));
    const landed = changes.filter((_, n) => outcomes[n]!.ok);
    const saved = await db.item.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved).toMatchObject({ ...landed[0], ...landed[1], version: item.version + 2 });
    expect(await db.auditEvent.count({ where: { entityType: "Item", entityId: String(item.id), action: "item.update" } })).toBe(2);
  });

  it("an item restored while it is deleted is deleted only if it is still archived at the version seen", async () => {
    const item = await newItem();
    const archived = await writeTransaction(async (tx) => {
      await items.setItemArchived(tx, editor, { id: item.id, version: item.version, archive: true });
      return tx.item.findUniqueOrThrow({ where: { id: item.id } });
    });
    const outcomes = await together<unknown>([
      (tx) => items.setItemArchived(tx, editor, { id: item.id, version: archived.version, archive: false }),
      (tx) => items.deleteItem(tx, editor, { id: item.id, version: archived.version }),
    ]);
    expect(succeeded(outcomes)).toHaveLength(1);
    const left = await db.item.findUnique({ where: { id: item.id } });
    if (outcomes[1]!.ok) expect(left).toBeNull();
    else expect(left).toMatchObject({ archivedAt: null });
  });

  it("ten links of one item to one meeting at once: one link, the others told it is linked already", async () => {
    const item = await newItem();
    const meeting = await db.meeting.create({ data: { name: "SCCP parallel meeting", startDate: "2025-08-01", endDate: "2025-08-02" } });
    const links = await together(
      Array.from({ length: 10 }, () => (tx: Tx) => meetings.linkItem(tx, editor, { meetingId: meeting.id, itemId: item.id, agendaItem: null, note: null })),
    );
    expect(succeeded(links)).toHaveLength(1);
    expect(refusals(links)).toEqual(Array(9).fill(msg("a.alreadyLinked")));
    const unlinks = await together(Array.from({ length: 10 }, () => (tx: Tx) => meetings.unlinkItem(tx, editor, { meetingId: meeting.id, itemId: item.id })));
    expect(succeeded(unlinks)).toHaveLength(1);
    expect(refusals(unlinks)).toEqual(Array(9).fill(msg("a.notLinked")));
    expect(await db.auditEvent.count({ where: { entityType: "MeetingItem", entityId: `${meeting.id}:${item.id}` } })).toBe(2);
  });

  it("ten items created with one project number at once: one has it, the others are told it is taken", async () => {
    const outcomes = await together(
      Array.from(
        { length: 10 },
        (_, n) => (tx: Tx) =>
          items.createItem(tx, editor, {
            ...blankItemFields,
            kind: "APEC_FUNDED",
            forumCode: "SCCP",
            year: 2025,
            projectNumber: "SCCP 07 2025A",
            titleEn: `Funded ${n}`,
            proposerCode: "PE",
            status: "APPROVED",
          }),
      ),
    );
    expect(succeeded(outcomes)).toHaveLength(1);
    const refused = outcomes.filter((outcome) => !outcome.ok);
    expect(refused).toHaveLength(9);
    for (const outcome of refused)
      expect(outcome).toMatchObject({ fieldErrors: { projectNumber: [msg("a.projectNumberTaken", { number: "SCCP 07 2025A" })] } });
    expect(await db.item.count({ where: { projectNumber: "SCCP 07 2025A" } })).toBe(1);
  });
});

const blankItemFields = {
  projectNumber: null,
  titleZh: null,
  fundAccount: null,
  subFundId: null,
  apecFundingUsd: null,
  coFundingUsd: null,
  overseer: null,
  expectedStart: null,
  expectedEnd: null,
  summary: null,
  notes: null,
};
