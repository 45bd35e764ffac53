import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * What exceljs 4.4 keeps of a sheet being written: its XML waits in `buffers` until the zip takes
 * the sheet up, then goes straight to the zip's compressor (`pipes[0]`) whether or not that
 * keeps up. Neither is exceljs's typed API; keepPace reads them defensively.
 */
interface SheetStream {
  buffers?: { length: number }[];
  pipes?: NodeJS.WritableStream[];
}

export const MAX_PENDING_XML = 2 * 1024 * 1024;

/**
 * Waits while the reader or the compressor is behind, so a slow download or a busy zlib holds a
 * few megabytes of one sheet, not the whole file: exceljs hands the compressor each block of XML
 * without waiting for it, and the reader's own backpressure never reaches this far back.
 */
export async function keepPace(output: Writable, sheet: object) {
  const stream = (sheet as unknown as { stream?: SheetStream }).stream;
  for (;;) {
    if (output.destroyed) throw new Error("The download was cancelled.");
    if (output.writableNeedDrain) {
      await once(output, "drain");
      continue;
    }
    // archiver's streams come from the readable-stream package, whose writables predate
    // writableLength: their state says how much waits.
    const compressor = stream?.pipes?.[0] as (NodeJS.WritableStream & { writableLength?: number; _writableState?: { length: number } }) | undefined;
    if ((compressor?.writableLength ?? compressor?._writableState?.length ?? 0) > MAX_PENDING_XML) {
      await once(compressor!, "drain");
      continue;
    }
    const waiting = (stream?.buffers ?? []).reduce((sum, buffer) => sum + buffer.length, 0);
    if (waiting > MAX_PENDING_XML) {
      // The zip has not taken this sheet up yet: it is still compressing the one before.
      await new Promise((resolve) => setTimeout(resolve, 5));
      continue;
    }
    break;
  }
  await new Promise((resolve) => setImmediate(resolve));
}
