// What a change tells its followers, read off its audit event, and who a note mentions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextNeeded, deriveNotices, type ChangeEvent } from "@/lib/notifications/derive";
import { mentionExcerpt, mentionHandles, newMentions, resolveMentions } from "@/lib/notifications/mentions";

const event = (action: string, before: object | null, after: object | null, entityId = "7"): ChangeEvent => ({
  action,
  entityId,
  itemId: 3,
  before: before as Record<string, unknown> | null,
  after: after as Record<string, unknown> | null,
});

const milestone = {
  id: 7,
  title: "Preliminary report",
  titleZh: "初步報告",
  completedOn: null,
  precision: "MONTH" as const,
  dueStart: "2024-06-01",
  dueEnd: "2024-06-30",
  anchor: null,
};

describe("deriveNotices", () => {
  it("tells a status change, and nothing for an edit of other fields", () => {
    expect(deriveNotices(event("item.update", { status: "APPROVED" }, { status: "COMPLETED" }), {})).toEqual([
      { to: "followers", key: "status", data: { kind: "item.status", from: "APPROVED", to: "COMPLETED" } },
    ]);
    expect(contextNeeded(event("item.update", { summary: "a" }, { summary: "b" }))).toBeNull();
    expect(contextNeeded(event("user.role", { role: "VIEWER" }, { role: "EDITOR" }))).toBeNull();
  });

  it("tells an import row's co-sponsors joining and leaving", () => {
    const economies = new Map([["PE", { name: "Peru", shortName: null, nameZh: "秘魯" }]]);
    const notices = deriveNotices(event("item.update", { coSponsors: ["US", "JP"] }, { coSponsors: ["US", "PE"] }), { economies });
    expect(notices.map((n) => n.data)).toEqual([
      { kind: "cosponsor.joined", code: "PE", economy: "Peru", economyZh: "秘魯" },
      { kind: "cosponsor.withdrawn", removed: false, code: "JP", economy: "JP", economyZh: "JP" },
    ]);
  });

  it("tells a milestone moved from its old due date to its new one, each as precise as it was", () => {
    const notices = deriveNotices(
      event(
        "milestone.update",
        { precision: "DAY", dueStart: "2024-04-30", dueEnd: "2024-04-30" },
        { precision: "MONTH", dueStart: "2024-06-01", dueEnd: "2024-06-30" },
      ),
      { milestone },
    );
    expect(notices.map((n) => n.data)).toEqual([
      {
        kind: "milestone.moved",
        milestoneId: 7,
        title: "Preliminary report",
        titleZh: "初步報告",
        from: { precision: "DAY", dueStart: "2024-04-30", dueEnd: "2024-04-30", anchor: null },
        to: { precision: "MONTH", dueStart: "2024-06-01", dueEnd: "2024-06-30", anchor: null },
      },
    ]);
  });

  it("tells a milestone met, whether through its form or the done button", () => {
    for (const action of ["milestone.update", "milestone.complete"]) {
      const notices = deriveNotices(event(action, { status: "PLANNED" }, { status: "DONE", completedOn: "2024-06-20" }), { milestone });
      expect(notices.map((n) => n.data.kind)).toEqual(["milestone.done"]);
    }
  });

  it("tells a co-sponsor withdrawing or removed by its audit entity", () => {
    expect(deriveNotices(event("cosponsor.remove", null, null, "3:PE"), {}).map((n) => n.data)).toEqual([
      { kind: "cosponsor.withdrawn", removed: true, code: "PE", economy: "PE", economyZh: "PE" },
    ]);
  });
});

describe("mentions", () => {
  it("finds addresses and bare handles, not e-mail addresses written in prose", () => {
    expect([...mentionHandles("Ask @Mei.Lin, then @kenji@customs.go.jp. Mail ola@example.org.")]).toEqual(["mei.lin", "kenji@customs.go.jp"]);
  });

  it("counts only mentions the edit added", () => {
    expect(newMentions("cc @a", "cc @a and @b")).toEqual(["b"]);
    expect(newMentions("cc @a", "cc @a again")).toEqual([]);
  });

  it("resolves a bare handle only when one officer's address begins with it", () => {
    const users = [
      { id: 1, email: "mei.lin@customs.example" },
      { id: 2, email: "kenji@customs.example" },
      { id: 3, email: "kenji@other.example" },
    ];
    expect([...resolveMentions(["mei.lin", "kenji", "kenji@other.example", "nobody"], users)]).toEqual([
      ["mei.lin", 1],
      ["kenji@other.example", 3],
    ]);
  });

  it("finds a handle wherever it stands in a note, and the excerpt shows it", () => {
    const handle = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(\.[a-z0-9]{1,8})?$/);
    const prose = fc.string({ maxLength: 300 }).map((text) => text.replace(/[@\w.%+-]/g, " "));
    fc.assert(
      fc.property(prose, handle, prose, (before, name, after) => {
        const note = `${before} @${name} ${after}`;
        expect(mentionHandles(note).has(name)).toBe(true);
        expect(mentionExcerpt(note, name)).toContain(`@${name}`);
      }),
    );
  });
});
