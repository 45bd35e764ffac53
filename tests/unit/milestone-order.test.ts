import { describe, expect, it } from "vitest";
import { toStoredDue, type Due } from "@/lib/milestones/due";
import { compareDeadlines, compareMilestones, nextMilestone } from "@/lib/milestones/order";

let nextId = 1;
function milestone(title: string, due: Due, status: "PLANNED" | "DONE" = "PLANNED", position = 0) {
  return { title, id: nextId++, status, position, ...toStoredDue(due) };
}

describe("milestones in time order", () => {
  const undated = milestone("Summary report", { precision: "UNDATED" });
  const som3 = milestone("Workshop at SOM3", { precision: "ANCHOR", anchor: "SOM3 2024" });
  const april = milestone("Preliminary report", { precision: "MONTH", year: 2024, month: 4 });
  const midApril = milestone("Survey closes", { precision: "DAY", date: "2024-04-15" });
  const june = milestone("Virtual workshop", { precision: "MONTH", year: 2024, month: 6 });
  const year = milestone("Final report", { precision: "YEAR", year: 2024 });

  it("puts dated ones by the start of their period, then anchors, then undated", () => {
    const sorted = [undated, june, som3, midApril, year, april].sort(compareMilestones).map((m) => m.title);
    expect(sorted).toEqual(["Final report", "Preliminary report", "Survey closes", "Virtual workshop", "Workshop at SOM3", "Summary report"]);
  });

  it("names the first open milestone as the next one", () => {
    const done = milestone("Workshop", { precision: "DAY", date: "2024-02-26" }, "DONE");
    expect(nextMilestone([june, done, april])?.title).toBe("Preliminary report");
    expect(nextMilestone([done])).toBeUndefined();
  });
});

describe("what is due, by deadline", () => {
  it("puts a year-long milestone after the months it outlasts", () => {
    const year = milestone("Final report by end of year", { precision: "YEAR", year: 2024 });
    const october = milestone("Completion report", { precision: "MONTH", year: 2024, month: 10 });
    const april = milestone("Preliminary report", { precision: "MONTH", year: 2024, month: 4 });
    expect([year, october, april].sort(compareDeadlines).map((m) => m.title)).toEqual([
      "Preliminary report",
      "Completion report",
      "Final report by end of year",
    ]);
  });
});
