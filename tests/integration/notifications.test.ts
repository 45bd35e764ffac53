// Notices are written with the change they tell of, whichever way it came, to the officers who
// follow its item (by their economy or by choice), to subscribers of saved views that hold it, and
// to whoever a note mentions; never to the officer who made the change. The scheduler tells of
// milestones that fell overdue once, however many instances run it, and clears what is past keeping.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { addCoSponsor, withdrawCoSponsor } from "@/lib/co-sponsors/mutations";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { writeTransaction } from "@/lib/db/write";
import { changeItemFields } from "@/lib/items/mutations";
import { meetingToFormValues } from "@/lib/meetings/form-values";
import { linkItem, updateMeeting } from "@/lib/meetings/mutations";
import { meetingFieldsSchema } from "@/lib/meetings/schema";
import { changeMilestoneFields, completeMilestone } from "@/lib/milestones/mutations";
import { parseNotificationData } from "@/lib/notifications/kinds";
import { noticeNewlyOverdue } from "@/lib/notifications/overdue";
import { purgeExpired } from "@/lib/notifications/purge";
import { seedDatabase } from "@/prisma/seed/seed";

let officer: User; // the United States, through the office's economy
let colleague: User; // makes the changes
let japanDesk: User; // follows Japan's items by their own economy
let other: User; // Mexico's desk, which has no part in the seeded plan

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  const make = (email: string, name: string, extra: object = {}) => db.user.create({ data: { email, name, role: "EDITOR", passwordHash, ...extra } });
  officer = await make("mei.lin@customs.example", "Mei Lin");
  colleague = await make("colin@customs.example", "Colin Colleague");
  japanDesk = await make("kenji@customs.example", "Kenji", { economyCode: "JP" });
  other = await make("ola@customs.example", "Ola", { economyCode: "MX" });
  await db.office.create({ data: { id: 1, economyCode: "US" } });
});

beforeEach(async () => {
  await db.notification.deleteMany();
  await db.itemFollow.deleteMany();
  await db.viewSubscription.deleteMany();
  await db.savedView.deleteMany();
});

const by = (user: User) => ({ id: user.id });

async function noticesOf(user: User) {
  const rows = await db.notification.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ ...row, parsed: parseNotificationData(row.kind, row.data) }));
}

async function itemProposedBy(code: string) {
  return db.item.findFirstOrThrow({ where: { proposerCode: code, archivedAt: null }, orderBy: { id: "asc" } });
}

async function setStatus(actor: User, itemId: number, status: "APPROVED" | "IN_IMPLEMENTATION" | "COMPLETED") {
  const item = await db.item.findUniqueOrThrow({ where: { id: itemId } });
  const other = status === item.status ? "APPROVED" : status;
  await writeTransaction((tx) =>
    changeItemFields(tx, by(actor), { id: itemId, version: item.version, data: { status: other }, before: { status: item.status }, after: { status: other } }),
  );
  return { from: item.status, to: other };
}

describe("changes to a followed item", () => {
  it("tell the officers whose economy proposes it, not the one who made the change", async () => {
    const item = await itemProposedBy("US");
    const { from, to } = await setStatus(colleague, item.id, "IN_IMPLEMENTATION");
    const [notice, ...rest] = await noticesOf(officer);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ kind: "item.status", itemId: item.id, actorId: colleague.id, viewId: null, readAt: null });
    expect(notice!.parsed).toEqual({ kind: "item.status", from, to });
    expect(await noticesOf(colleague)).toEqual([]);
    // Japan's desk does not follow the United States' item, unless Japan co-sponsors it.
    const japanCoSponsors = await db.coSponsorship.count({ where: { itemId: item.id, economyCode: "JP", withdrawnOn: null } });
    expect(await noticesOf(japanDesk)).toHaveLength(japanCoSponsors ? 1 : 0);
  });

  it("tell co-sponsoring economies too, and stop for an officer who unfollowed", async () => {
    const coSponsorship = await db.coSponsorship.findFirstOrThrow({ where: { economyCode: "US", withdrawnOn: null, item: { archivedAt: null } } });
    await setStatus(colleague, coSponsorship.itemId, "COMPLETED");
    expect(await noticesOf(officer)).toHaveLength(1);
    await db.itemFollow.create({ data: { userId: officer.id, itemId: coSponsorship.itemId, following: false } });
    await setStatus(colleague, coSponsorship.itemId, "APPROVED");
    expect(await noticesOf(officer)).toHaveLength(1);
  });

  it("tell an officer who chose to follow an item outside their economy", async () => {
    const item = await itemProposedBy("JP");
    await db.itemFollow.create({ data: { userId: other.id, itemId: item.id, following: true } });
    await setStatus(colleague, item.id, "IN_IMPLEMENTATION");
    expect((await noticesOf(other)).map((n) => n.kind)).toEqual(["item.status"]);
    expect((await noticesOf(japanDesk)).map((n) => n.kind)).toEqual(["item.status"]);
  });

  it("tell of milestones met and moved, with both due dates as precise as they are", async () => {
    const milestone = await db.milestone.findFirstOrThrow({ where: { status: "PLANNED", item: { proposerCode: "US", archivedAt: null } } });
    await writeTransaction((tx) =>
      changeMilestoneFields(tx, by(colleague), {
        id: milestone.id,
        version: milestone.version,
        data: { precision: "MONTH", dueStart: "2025-06-01", dueEnd: "2025-06-30", anchor: null },
        before: { precision: milestone.precision, dueStart: milestone.dueStart, dueEnd: milestone.dueEnd, anchor: milestone.anchor },
        after: { precision: "MONTH", dueStart: "2025-06-01", dueEnd: "2025-06-30", anchor: null },
      }),
    );
    await writeTransaction((tx) => completeMilestone(tx, by(colleague), { id: milestone.id, version: milestone.version + 1, completedOn: "2025-06-12" }));
    const [moved, done] = await noticesOf(officer);
    expect(moved!.parsed).toMatchObject({
      kind: "milestone.moved",
      milestoneId: milestone.id,
      title: milestone.title,
      from: { precision: milestone.precision, dueStart: milestone.dueStart, dueEnd: milestone.dueEnd },
      to: { precision: "MONTH", dueStart: "2025-06-01", dueEnd: "2025-06-30", anchor: null },
    });
    expect(done!.parsed).toMatchObject({ kind: "milestone.done", milestoneId: milestone.id, completedOn: "2025-06-12" });
  });

  it("tell of co-sponsors joining and withdrawing, named in both languages", async () => {
    const item = await db.item.findFirstOrThrow({
      where: { proposerCode: "US", archivedAt: null, coSponsorships: { none: { economyCode: "PE" } } },
    });
    await writeTransaction((tx) => addCoSponsor(tx, by(colleague), { itemId: item.id, economyCode: "PE", joinedOn: null }));
    await writeTransaction((tx) => withdrawCoSponsor(tx, by(colleague), { itemId: item.id, economyCode: "PE", withdrawnOn: null }));
    const parsed = (await noticesOf(officer)).map((n) => n.parsed);
    expect(parsed).toEqual([
      { kind: "cosponsor.joined", code: "PE", economy: "Peru", economyZh: "秘魯" },
      { kind: "cosponsor.withdrawn", removed: false, code: "PE", economy: "Peru", economyZh: "秘魯" },
    ]);
  });

  it("tell of an item reported at a meeting", async () => {
    const item = await itemProposedBy("US");
    const meeting = await db.meeting.findFirstOrThrow({ where: { items: { none: { itemId: item.id } } }, orderBy: { id: "asc" } });
    await writeTransaction((tx) => linkItem(tx, by(colleague), { meetingId: meeting.id, itemId: item.id, agendaItem: "5.2", note: null }));
    expect((await noticesOf(officer)).map((n) => n.parsed)).toEqual([
      {
        kind: "meeting.report",
        meetingId: meeting.id,
        meeting: meeting.shortName ?? meeting.name,
        meetingZh: meeting.nameZh ?? meeting.shortName ?? meeting.name,
      },
    ]);
  });

  it("write nothing when the change itself is refused", async () => {
    const item = await itemProposedBy("US");
    await expect(writeTransaction((tx) => addCoSponsor(tx, by(colleague), { itemId: item.id, economyCode: "US", joinedOn: null }))).rejects.toThrow();
    expect(await db.notification.count()).toBe(0);
  });
});

describe("mentions", () => {
  it("tell the officer a note names, once, whether or not they follow the item", async () => {
    const item = await itemProposedBy("JP");
    const note = (text: string, before: string | null) =>
      db.item.findUniqueOrThrow({ where: { id: item.id } }).then((current) =>
        writeTransaction((tx) =>
          changeItemFields(tx, by(colleague), {
            id: item.id,
            version: current.version,
            data: { notes: text },
            before: { notes: before },
            after: { notes: text },
          }),
        ),
      );
    await note("Ask @mei.lin to brief the delegation; cc @nobody.here.", null);
    await note("Ask @mei.lin to brief the delegation; cc @nobody.here. Deadline Friday.", "Ask @mei.lin to brief the delegation; cc @nobody.here.");
    const notices = await noticesOf(officer);
    expect(notices.map((n) => n.parsed)).toEqual([{ kind: "mention", where: "item", excerpt: "Ask @mei.lin to brief the delegation; cc @nobody.here." }]);
    // Japan's desk follows the item and hears of nothing: a note's edit is no status change.
    expect(await noticesOf(japanDesk)).toEqual([]);
  });

  it("reach the officer a meeting's notes name, linking to the meeting", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ include: { forum: { select: { code: true } } }, orderBy: { id: "asc" } });
    const fields = meetingFieldsSchema.parse({ ...meetingToFormValues(meeting), notes: "Delegation: @mei.lin leads." });
    await writeTransaction((tx) => updateMeeting(tx, by(colleague), { id: meeting.id, version: meeting.version, original: null, fields }));
    const [notice, ...rest] = await noticesOf(officer);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ kind: "mention", itemId: null });
    expect(notice!.parsed).toEqual({ kind: "mention", where: "meeting", excerpt: "Delegation: @mei.lin leads.", meetingId: meeting.id });
  });

  it("never tell an officer of their own mention", async () => {
    const item = await itemProposedBy("JP");
    const current = await db.item.findUniqueOrThrow({ where: { id: item.id } });
    await writeTransaction((tx) =>
      changeItemFields(tx, by(officer), {
        id: item.id,
        version: current.version,
        data: { notes: "Note to self @mei.lin@customs.example" },
        before: { notes: current.notes },
        after: { notes: "Note to self @mei.lin@customs.example" },
      }),
    );
    expect(await noticesOf(officer)).toEqual([]);
  });
});

describe("saved views", () => {
  it("bring news of their items to subscribers who do not follow them, naming the view", async () => {
    const item = await itemProposedBy("JP");
    const view = await db.savedView.create({ data: { ownerId: other.id, name: "Japan's work", query: "proposer=JP", shared: true } });
    const elsewhere = await db.savedView.create({ data: { ownerId: other.id, name: "Korea's work", query: "proposer=KR" } });
    await db.viewSubscription.createMany({
      data: [
        { userId: other.id, viewId: view.id },
        { userId: other.id, viewId: elsewhere.id },
        { userId: japanDesk.id, viewId: view.id },
      ],
    });
    await setStatus(colleague, item.id, "IN_IMPLEMENTATION");
    expect((await noticesOf(other)).map((n) => [n.kind, n.viewId])).toEqual([["item.status", view.id]]);
    // Japan's desk follows it already: one notice, from following.
    expect((await noticesOf(japanDesk)).map((n) => [n.kind, n.viewId])).toEqual([["item.status", null]]);
  });
});

describe("the scheduler's overdue notices", () => {
  it("start from the day of the first run, tell each fall once, and hold with two runs at once", async () => {
    await db.schedulerState.deleteMany();
    const milestone = await db.milestone.findFirstOrThrow({ where: { status: "PLANNED", item: { proposerCode: "US", archivedAt: null } } });
    await db.milestone.update({ where: { id: milestone.id }, data: { precision: "DAY", dueStart: "2030-03-10", dueEnd: "2030-03-10" } });
    expect(await noticeNewlyOverdue(new Date("2030-03-01T09:00:00Z"))).toEqual({ milestones: 0, notices: 0 });
    expect(await noticeNewlyOverdue(new Date("2030-03-10T23:00:00Z"))).toMatchObject({ milestones: 0 });
    const runs = await Promise.all([noticeNewlyOverdue(new Date("2030-03-11T08:00:00Z")), noticeNewlyOverdue(new Date("2030-03-11T08:00:01Z"))]);
    expect(runs.map((run) => run.milestones).sort()).toEqual([0, 1]);
    await noticeNewlyOverdue(new Date("2030-03-12T08:00:00Z"));
    const notices = await noticesOf(officer);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.parsed).toMatchObject({ kind: "milestone.overdue", milestoneId: milestone.id, due: { precision: "DAY", dueEnd: "2030-03-10" } });
    expect(notices[0]!.createdAt.toISOString()).toMatch(/^2030-03-11T08:00:0[01]/);
  });
});

describe("keeping", () => {
  it("clears notifications after 180 days", async () => {
    const item = await itemProposedBy("US");
    const base = { userId: officer.id, kind: "item.status", itemId: item.id, data: JSON.stringify({ kind: "item.status", from: "APPROVED", to: "COMPLETED" }) };
    await db.notification.createMany({
      data: [
        { ...base, dedupeKey: "old", createdAt: new Date("2026-01-01T00:00:00Z") },
        { ...base, dedupeKey: "recent", createdAt: new Date("2026-06-30T00:00:00Z") },
      ],
    });
    expect(await purgeExpired(new Date("2026-07-01T00:00:00Z"))).toMatchObject({ notifications: 1 });
    expect((await noticesOf(officer)).map((n) => n.dedupeKey)).toEqual(["recent"]);
  });
});
