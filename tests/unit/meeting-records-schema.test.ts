import { describe, expect, it } from "vitest";
import { decodeMessage } from "@/lib/i18n/message";
import { movedPositions } from "@/lib/meeting-records/order";
import { createAgendaItemSchema, delegationMemberFieldsSchema, MAX_SPEAKER_ROWS, updateMeetingReportSchema } from "@/lib/meeting-records/schema";

const keysOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), decodeMessage(issue.message)?.key]));

describe("the agenda item form", () => {
  it("reads speaker rows in row order, leaves empty rows out and keeps each row's number for its errors", () => {
    const parsed = createAgendaItemSchema.parse({
      meetingId: "7",
      headingEn: " Reports ",
      "speakers.10.name": "Later row",
      "speakers.2.name": " Ms Lee ",
      "speakers.2.economyCode": "CT",
      "speakers.3.name": "",
      "speakers.3.title": " ",
      "speakers.4.organisation": "WCO",
      "speakers.4.name": "Mr Wolf",
    });
    expect(parsed.meetingId).toBe(7);
    expect(parsed.fields.headingEn).toBe("Reports");
    expect(parsed.fields.speakers).toEqual([
      { row: 2, name: "Ms Lee", title: null, organisation: null, economyCode: "CT" },
      { row: 4, name: "Mr Wolf", title: null, organisation: "WCO", economyCode: null },
      { row: 10, name: "Later row", title: null, organisation: null, economyCode: null },
    ]);
  });

  it("puts each speaker error on that row's field", () => {
    const result = createAgendaItemSchema.safeParse({
      meetingId: "7",
      headingEn: "Panel",
      "speakers.1.title": "Chair",
      "speakers.2.name": "X",
      "speakers.2.economyCode": "ct!",
      "speakers.3.name": "y".repeat(201),
      [`speakers.${MAX_SPEAKER_ROWS}.name`]: "Too many rows",
    });
    expect(keysOf(result)).toEqual({
      "speakers.1.name": "meetingRecords.v.speakerName",
      "speakers.2.economyCode": "meetingRecords.v.unknownEconomy",
      "speakers.3.name": "meetingRecords.v.tooLong",
      [`speakers.${MAX_SPEAKER_ROWS}.name`]: "meetingRecords.v.invalid",
    });
  });

  it("needs a heading in English, and merges the ticked items with the one added from the list, once each", () => {
    expect(keysOf(createAgendaItemSchema.safeParse({ meetingId: "7", headingEn: "  " }))).toEqual({ headingEn: "meetingRecords.v.headingEn" });
    const parsed = createAgendaItemSchema.parse({ meetingId: "7", headingEn: "Items", "workItemIds[]": ["3", "5"], addWorkItemId: "3" });
    expect(parsed.fields.workItemIds).toEqual([3, 5]);
    expect(createAgendaItemSchema.parse({ meetingId: "7", headingEn: "Items", addWorkItemId: "" }).fields.workItemIds).toEqual([]);
    expect(keysOf(createAgendaItemSchema.safeParse({ meetingId: "7", headingEn: "Items", "workItemIds[]": ["0x3"] }))).toEqual({
      "workItemIds[]": "meetingRecords.v.workItem",
    });
  });
});

describe("the other forms", () => {
  it("a delegation member needs a name and one of the three roles", () => {
    expect(keysOf(delegationMemberFieldsSchema.safeParse({ name: "", role: "CHIEF" }))).toEqual({
      name: "meetingRecords.v.memberName",
      role: "meetingRecords.v.role",
    });
    expect(delegationMemberFieldsSchema.parse({ name: "Lin Wei", nameZh: "", role: "ADVISER" })).toEqual({
      name: "Lin Wei",
      nameZh: null,
      title: null,
      titleZh: null,
      role: "ADVISER",
    });
  });

  it("the report's prose reads empty fields as nothing written", () => {
    expect(updateMeetingReportSchema.parse({ id: "2", version: "3", reportTitle: " ", purpose: "目的", reportSummary: "" })).toMatchObject({
      id: 2,
      version: 3,
      reportTitle: null,
      purpose: "目的",
      reportSummary: null,
    });
  });
});

describe("moving a record one place", () => {
  it("swaps it with its neighbour and numbers everything from 0", () => {
    expect([...movedPositions([4, 9, 2], 2, "up")!]).toEqual([
      [4, 0],
      [2, 1],
      [9, 2],
    ]);
    expect([...movedPositions([4, 9, 2], 4, "down")!]).toEqual([
      [9, 0],
      [4, 1],
      [2, 2],
    ]);
  });

  it("within a group, changes places with the neighbour there and leaves the others where they are", () => {
    // Interventions 1 and 3 are under one agenda item; 2 is under another.
    expect([...movedPositions([1, 2, 3], 3, "up", [1, 3])!]).toEqual([
      [3, 0],
      [2, 1],
      [1, 2],
    ]);
    expect(movedPositions([1, 2, 3], 1, "up", [1, 3])).toBeNull();
    expect(movedPositions([1, 2, 3], 3, "down", [1, 3])).toBeNull();
  });

  it("refuses a move past either end, or of a record not there", () => {
    expect(movedPositions([4, 9], 4, "up")).toBeNull();
    expect(movedPositions([4, 9], 9, "down")).toBeNull();
    expect(movedPositions([4, 9], 5, "up")).toBeNull();
  });
});
