// `npm run notify`'s arguments and the worker's interval: a mistake is refused before anything runs.
import { describe, expect, it } from "vitest";
import { parseNotifyArgs, UsageError } from "@/lib/mail/cli";
import { workerIntervalSeconds } from "@/lib/release/mail-worker";

describe("npm run notify", () => {
  it("runs one pass at the real time, at a given time, or keeps passing", () => {
    expect(parseNotifyArgs([])).toEqual({ mode: "once", now: null });
    expect(parseNotifyArgs(["--now", "2025-03-03T08:00:00Z"])).toEqual({ mode: "once", now: new Date("2025-03-03T08:00:00Z") });
    expect(parseNotifyArgs(["--now=2025-03-03T08:00+08:00"])).toEqual({ mode: "once", now: new Date("2025-03-03T00:00:00Z") });
    expect(parseNotifyArgs(["--now", "2025-03-03T08:00:00.250-05:00"])).toEqual({ mode: "once", now: new Date("2025-03-03T13:00:00.250Z") });
    expect(parseNotifyArgs(["--every", "60"])).toEqual({ mode: "every", intervalMs: 60_000 });
  });

  it("refuses a time that is not one full ISO time with its zone", () => {
    for (const value of [
      "tomorrow",
      "2025-03-03",
      "2025-03-03T08:00:00",
      "2025-02-30T08:00:00Z",
      "2025-03-03T24:00:00Z",
      "2025-03-03T08:00:00+8",
      "1741000000",
    ]) {
      expect(() => parseNotifyArgs(["--now", value]), value).toThrow(
        new UsageError(`--now "${value}" is not an ISO time with its zone, such as 2025-03-03T08:00:00Z or 2025-03-03T08:00:00+08:00.`),
      );
    }
  });

  it("refuses unknown arguments, a missing value, and --now with --every", () => {
    expect(() => parseNotifyArgs(["--when", "2025-03-03T08:00:00Z"])).toThrow(UsageError);
    expect(() => parseNotifyArgs(["--now"])).toThrow(UsageError);
    expect(() => parseNotifyArgs(["2025-03-03T08:00:00Z"])).toThrow(UsageError);
    expect(() => parseNotifyArgs(["--now", "2025-03-03T08:00:00Z", "--every", "60"])).toThrow("--now and --every do not go together");
    for (const value of ["0", "-5", "1.5", "86401", "soon"]) {
      expect(() => parseNotifyArgs([`--every=${value}`]), value).toThrow(`--every "${value}" is not a number of seconds from 1 to 86400.`);
    }
  });
});

describe("the worker beside the server", () => {
  it("passes every minute unless WORKER_INTERVAL_SECONDS says otherwise, and 0 runs none", () => {
    expect(workerIntervalSeconds({})).toBe(60);
    expect(workerIntervalSeconds({ WORKER_INTERVAL_SECONDS: "15" })).toBe(15);
    expect(workerIntervalSeconds({ WORKER_INTERVAL_SECONDS: "0" })).toBe(0);
    expect(() => workerIntervalSeconds({ WORKER_INTERVAL_SECONDS: "1m" })).toThrow('WORKER_INTERVAL_SECONDS "1m" is not a number of seconds from 1 to 86400.');
  });
});
