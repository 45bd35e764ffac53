import { describe, expect, it } from "vitest";
import { FIRST_RESTART_MS, LONGEST_RESTART_MS, MAX_WEB_CONCURRENCY, restartDelay, STEADY_MS, webConcurrency } from "@/lib/release/cluster";

describe("WEB_CONCURRENCY", () => {
  it("defaults to one server process per core", () => {
    expect(webConcurrency({}, 2)).toBe(2);
    expect(webConcurrency({ WEB_CONCURRENCY: "  " }, 8)).toBe(8);
    expect(webConcurrency({}, 500)).toBe(MAX_WEB_CONCURRENCY);
  });

  it("takes a whole number from 1 to the maximum", () => {
    expect(webConcurrency({ WEB_CONCURRENCY: "1" }, 8)).toBe(1);
    expect(webConcurrency({ WEB_CONCURRENCY: " 3 " }, 2)).toBe(3);
    expect(webConcurrency({ WEB_CONCURRENCY: String(MAX_WEB_CONCURRENCY) }, 2)).toBe(MAX_WEB_CONCURRENCY);
  });

  it.each(["0", "-1", "1.5", "two", "2x", String(MAX_WEB_CONCURRENCY + 1), "1e2"])("refuses %j with a message naming the variable and the range", (value) => {
    expect(() => webConcurrency({ WEB_CONCURRENCY: value }, 2)).toThrow(
      `WEB_CONCURRENCY="${value}" must be a whole number of server processes from 1 to ${MAX_WEB_CONCURRENCY} (unset: one per core, 2 here).`,
    );
  });
});

describe("restarting a server process that died", () => {
  it("waits a second the first time, twice as long each time it dies again soon, up to a minute", () => {
    const delays: number[] = [];
    let delay: number | null = null;
    for (let i = 0; i < 10; i++) delays.push((delay = restartDelay(delay, 500)));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000]);
    expect(Math.max(...delays)).toBe(LONGEST_RESTART_MS);
  });

  it("restarts quickly again after a steady run", () => {
    expect(restartDelay(LONGEST_RESTART_MS, STEADY_MS)).toBe(FIRST_RESTART_MS);
    expect(restartDelay(LONGEST_RESTART_MS, STEADY_MS - 1)).toBe(LONGEST_RESTART_MS);
  });
});
