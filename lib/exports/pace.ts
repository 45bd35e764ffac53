import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * What exceljs 4.4 keeps of a sheet being written: each block of its XML goes straight into the
 * stream archiver reads the sheet from (`pipes[0]`, a readable-stream PassThrough in front of
 * zlib), whether or not zlib keeps up. Not exceljs's typed API; keepPace reads it defensively.
 */
interface SheetStream {
  pipes?: NodeJS.WritableStream[];
}

export const MAX_PENDING_XML = 2 * 1024 * 1024;

/** Resolves on `event`, or when the download is closed meanwhile (keepPace then sees it destroyed). */
async function until(emitter: NodeJS.EventEmitter, event: string, output: Writable) {
  const closed = new AbortController();
  const onClose = () => closed.abort();
  output.once("close", onClose);
  try {
    await once(emitter, event, { signal: closed.signal });
  } catch (error) {
    if (!closed.signal.aborted) throw error;
  } finally {
    output.off("close", onClose);
  }
}

/**
 * Waits while the reader or the compressor is behind, so a slow download or a busy zlib holds a
 * few megabytes of one sheet, not the whole file: exceljs hands the compressor each block of XML
 * without waiting for it, and the reader's own backpressure never reaches this far back. A
 * download cancelled meanwhile ends the wait with an error.
 */
export async function keepPace(output: Writable, sheet: object) {
  const stream = (sheet as unknown as { stream?: SheetStream }).stream;
  for (;;) {
    if (output.destroyed) throw new Error("The download was cancelled.");
    if (output.writableNeedDrain) {
      await until(output, "drain", output);
      continue;
    }
    // archiver's streams come from the readable-stream package, whose writables predate
    // writableLength: their state says how much waits.
    const compressor = stream?.pipes?.[0] as (NodeJS.WritableStream & { writableLength?: number; _writableState?: { length: number } }) | undefined;
    if ((compressor?.writableLength ?? compressor?._writableState?.length ?? 0) > MAX_PENDING_XML) {
      await until(compressor!, "drain", output);
      continue;
    }
    break;
  }
  await new Promise((resolve) => setImmediate(resolve));
}
