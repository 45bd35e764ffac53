// An officer's own digest tells of their overdue follow-up actions, by the overview's rule: one
// whose day or month has passed while it is open, and not one done, dropped or someone else's.
// An officer with nothing else to hear of gets a digest for them alone.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { composeDueDigests } from "@/lib/digests/run";
import { seedDatabase } from "@/prisma/seed/seed";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
  process.env.NEXTAUTH_URL = "https://tracker.customs.example";
});

const MONDAY = new Date("2024-06-03T08:30:00Z");
const LAST_WEEK = new Date("2024-05-27T08:00:00Z");

let ola: User; // Mexico, which has no part in the seeded plan: nothing else to be told of
let lin: User;
let meetingId: number;

beforeAll(async () => {
  delete process.env.APP_TIME_ZONE;
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  const createdAt = new Date("2024-01-01T00:00:00Z");
  ola = await db.user.create({ data: { email: "ola@customs.example", name: "Ola", role: "EDITOR", passwordHash, createdAt, economyCode: "MX" } });
  lin = await db.user.create({
    data: { email: "lin@customs.example", name: "林志明", role: "EDITOR", passwordHash, createdAt, economyCode: "MX", locale: "zh-TW" },
  });
  meetingId = (await db.meeting.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
});

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  await db.followUpAction.deleteMany();
  await db.user.updateMany({ data: { lastDigestAt: LAST_WEEK } });
});

const action = (
  ownerId: number,
  description: string,
  data: { precision: "DAY" | "MONTH"; dueStart: string; dueEnd: string; status?: "OPEN" | "DONE" | "DROPPED" },
) => db.followUpAction.create({ data: { description, ownerId, meetingId, ...data } });

describe("the digest's overdue actions", () => {
  it("lists the officer's open actions whose period has passed, and sends a digest for them alone", async () => {
    await action(ola.id, "Answer the US survey on <green customs>", { precision: "MONTH", dueStart: "2024-05-01", dueEnd: "2024-05-31" });
    await action(ola.id, "Due this month: not late yet", { precision: "MONTH", dueStart: "2024-06-01", dueEnd: "2024-06-30" });
    await action(ola.id, "Done already", { precision: "DAY", dueStart: "2024-05-02", dueEnd: "2024-05-02", status: "DONE" });
    await action(ola.id, "Dropped", { precision: "DAY", dueStart: "2024-05-02", dueEnd: "2024-05-02", status: "DROPPED" });
    await action(lin.id, "簡報部長", { precision: "DAY", dueStart: "2024-06-02", dueEnd: "2024-06-02" });

    await composeDueDigests(MONDAY);
    const [mail] = await db.outboxMessage.findMany({ where: { userId: ola.id } });
    expect(mail!.subject).toBe("SCCP Tracker: 1 action overdue");
    expect(mail!.text).toContain(
      "Your follow-up actions overdue (1)\n\n- Answer the US survey on <green customs> · May 2024\nOpen My actions: https://tracker.customs.example/actions",
    );
    expect(mail!.text).not.toMatch(/not late yet|Done already|Dropped/);
    expect(mail!.html).toContain("Answer the US survey on &lt;green customs&gt; · May 2024");

    const [chinese] = await db.outboxMessage.findMany({ where: { userId: lin.id } });
    expect(chinese!.text).toContain("您逾期的後續行動（1）\n\n- 簡報部長・2024年6月2日");
  });

  it("sends nothing when no action of theirs is late", async () => {
    await action(ola.id, "Due this month", { precision: "MONTH", dueStart: "2024-06-01", dueEnd: "2024-06-30" });
    await composeDueDigests(MONDAY);
    expect(await db.outboxMessage.count({ where: { userId: ola.id } })).toBe(0);
  });
});
