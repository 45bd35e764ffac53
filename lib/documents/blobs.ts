import "server-only";
// A file's bytes in the database: written chunk by chunk as the upload arrives, each chunk its own
// short write, so SQLite's write lock is never held for a whole upload and other officers' saves
// go through meanwhile; read back chunk by chunk for a download. A blob is only bytes: the
// document and its version that claim it are written in one transaction once it is complete and
// checked (mutations.ts). A blob no version claims is an upload that failed or was refused, or
// the file of a document deleted with its item or meeting, and is cleared.
import { db } from "../db";
import { writeTransaction } from "../db/write";
import { ABANDONED_UPLOAD_MS, CHUNK_BYTES } from "./limits";

export async function createBlob(): Promise<number> {
  const blob = await writeTransaction((tx) => tx.documentBlob.create({ data: {}, select: { id: true } }));
  return blob.id;
}

/** Adds the next chunk; the blob's size grows with it, so a crash leaves a consistent part. */
export async function appendChunk(blobId: number, index: number, data: Uint8Array): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.documentChunk.create({ data: { blobId, index, data: data as Uint8Array<ArrayBuffer> } });
    await tx.documentBlob.update({ where: { id: blobId }, data: { size: { increment: data.length } } });
  });
}

/**
 * Removes a blob not yet claimed (a refused or failed upload); its chunks go with it (cascade).
 * Only while incomplete: the claim marks it complete in its own transaction, so of a removal and a
 * claim at once exactly one wins, on either engine.
 */
export async function removeBlob(blobId: number): Promise<void> {
  await writeTransaction((tx) => tx.documentBlob.deleteMany({ where: { id: blobId, complete: false } }));
}

/** `length` bytes from `offset`, read from the chunks that hold them (a ZIP's directory). */
export async function readRange(blobId: number, offset: number, length: number): Promise<Uint8Array> {
  const first = Math.floor(offset / CHUNK_BYTES);
  const last = Math.floor((offset + length - 1) / CHUNK_BYTES);
  const chunks = await db.documentChunk.findMany({ where: { blobId, index: { gte: first, lte: last } }, orderBy: { index: "asc" } });
  const out = new Uint8Array(length);
  let written = 0;
  for (const chunk of chunks) {
    const start = chunk.index === first ? offset - first * CHUNK_BYTES : 0;
    const piece = chunk.data.subarray(start, start + length - written);
    out.set(piece, written);
    written += piece.length;
  }
  return written === length ? out : out.subarray(0, written);
}

/**
 * The stored file as a stream that reads one chunk from the database each time the reader wants
 * more: a slow download holds one chunk, never the file.
 */
export function blobStream(blobId: number, size: number): ReadableStream<Uint8Array> {
  const count = Math.ceil(size / CHUNK_BYTES);
  let index = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (index >= count) {
          controller.close();
          return;
        }
        const chunk = await db.documentChunk.findUnique({ where: { blobId_index: { blobId, index } }, select: { data: true } });
        if (!chunk) {
          controller.error(new Error(`Chunk ${index} of blob ${blobId} is missing.`));
          return;
        }
        index++;
        controller.enqueue(chunk.data);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Clears blobs no version claims that were started over an hour before `now`: uploads that crashed
 * or were cut off midway (still incomplete), and files whose document went with its item or
 * meeting (complete, no version left). An upload in progress is younger, and one that took longer
 * finds its blob gone when it ends and is refused (abandoned). One blob per transaction, so the
 * write lock is held briefly; each removal names the state it read, so a claim that came first wins.
 */
export async function clearUnclaimedBlobs(now: Date): Promise<{ blobs: number }> {
  const before = new Date(now.getTime() - ABANDONED_UPLOAD_MS);
  const unfinished = await db.documentBlob.findMany({ where: { createdAt: { lt: before }, complete: false }, select: { id: true } });
  const orphaned = await db.documentBlob.findMany({ where: { createdAt: { lt: before }, complete: true, version: { is: null } }, select: { id: true } });
  let blobs = 0;
  for (const { id } of unfinished) {
    blobs += (await writeTransaction((tx) => tx.documentBlob.deleteMany({ where: { id, complete: false } }))).count;
  }
  for (const { id } of orphaned) {
    blobs += (await writeTransaction((tx) => tx.documentBlob.deleteMany({ where: { id, complete: true, version: { is: null } } }))).count;
  }
  return { blobs };
}
