// The workbook writer's pacing: exceljs hands each block of sheet XML to the zip's compressor
// without waiting for it, so a writer that only watched the download let a whole plan's XML pile
// up in front of zlib (49 MB held for the 10,000-item workbook against 8.5 MB for three years).
import { EventEmitter } from "node:events";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { keepPace, MAX_PENDING_XML } from "@/lib/exports/pace";

/** A compressor as archiver makes it: a readable-stream writable, whose state holds its queue. */
function compressor(length: number) {
  return Object.assign(new EventEmitter(), { _writableState: { length } });
}

async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let tick = 0; tick < 5; tick++) await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe("keepPace", () => {
  it("goes on at once when nothing waits", async () => {
    const sheet = { stream: { pipes: [compressor(1024)] } };
    expect(await settled(keepPace(new PassThrough(), sheet))).toBe(true);
  });

  it("waits while the compressor is more than the limit behind, until it drains", async () => {
    const zlib = compressor(MAX_PENDING_XML + 1);
    const waiting = keepPace(new PassThrough(), { stream: { pipes: [zlib] } });
    expect(await settled(waiting)).toBe(false);
    zlib._writableState.length = 0;
    zlib.emit("drain");
    expect(await settled(waiting)).toBe(true);
  });

  it("reads a Node writable's own count of what waits", async () => {
    const zlib = Object.assign(new EventEmitter(), { writableLength: MAX_PENDING_XML * 2 });
    const waiting = keepPace(new PassThrough(), { stream: { pipes: [zlib] } });
    expect(await settled(waiting)).toBe(false);
    zlib.writableLength = 0;
    zlib.emit("drain");
    expect(await settled(waiting)).toBe(true);
  });

  it("stops waiting for the compressor when the download is cancelled meanwhile", async () => {
    const output = new PassThrough();
    const waiting = keepPace(output, { stream: { pipes: [compressor(MAX_PENDING_XML + 1)] } });
    const outcome = waiting.then(
      () => "went on",
      (error: Error) => error.message,
    );
    expect(await settled(waiting)).toBe(false);
    output.destroy();
    expect(await outcome).toMatch(/cancelled/);
  });

  it("waits for a reader that is behind", async () => {
    const output = new PassThrough({ highWaterMark: 4 });
    output.write("more than four bytes");
    const waiting = keepPace(output, {});
    expect(await settled(waiting)).toBe(false);
    output.read();
    expect(await settled(waiting)).toBe(true);
  });

  it("stops when the download was cancelled", async () => {
    const output = new PassThrough();
    output.destroy();
    await expect(keepPace(output, {})).rejects.toThrow("cancelled");
  });
});
