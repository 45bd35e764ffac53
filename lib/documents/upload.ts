import "server-only";
// An upload as it arrives: the form's fields first (the form puts the file last), checked before a
// byte of the file is kept; then the file, read from the request's body stream by busboy and
// written to the database chunk by chunk (blobs.ts) while it is hashed and sniffed, never whole in
// memory. A file over the limit is cut off by busboy, its part removed and refused; the bytes still
// coming are read and dropped, so the browser gets the answer instead of a broken connection, up
// to a bound past which the connection is cut.
import { createHash } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { appendChunk, createBlob, readRange, removeBlob } from "./blobs";
import { ContentSniffer, detectType } from "./detect";
import type { DocumentErrorCode } from "./errors";
import { sanitizeFileName } from "./file-name";
import { CHUNK_BYTES, MAX_FIELD_BYTES, MAX_FILE_BYTES } from "./limits";
import type { StoredFile } from "./mutations";
import { DOCUMENT_FILE_TYPES } from "./types";

/** The most of a request body read: the largest file, its form, and what a browser sends past the limit before it hears the refusal. */
export const MAX_REQUEST_BYTES = 2 * MAX_FILE_BYTES;

export type Refused = { ok: false; code: DocumentErrorCode; fieldErrors?: Record<string, string[]> };

export type Received = { ok: true; fields: Record<string, string>; file: StoredFile } | Refused;

/**
 * Reads a multipart upload. `check` sees the fields when the file begins; a refusal stops the
 * upload there and nothing is stored. The file's part is named "file"; any other file is dropped.
 */
export async function receiveUpload(request: Request, check: (fields: Record<string, string>) => Promise<Refused | null>): Promise<Received> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) return { ok: false, code: "badForm" };
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) return { ok: false, code: "tooLarge" };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // Browsers send a name's UTF-8 bytes as they are; busboy would read them as Latin-1.
      defParamCharset: "utf8",
      // busboy cuts a file when it reaches the limit: one byte more tells a file of exactly 25 MiB from a larger one.
      limits: { fileSize: MAX_FILE_BYTES + 1, files: 1, fields: 20, fieldSize: MAX_FIELD_BYTES, parts: 24 },
    });
  } catch {
    return { ok: false, code: "badForm" };
  }
  const fields: Record<string, string> = {};
  let work: Promise<Received> | null = null;
  parser.on("field", (name, value) => {
    if (!work && !(name in fields)) fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || work) {
      stream.resume();
      return;
    }
    work = storeFile(stream, info.filename ?? "", { ...fields }, check);
    // A failure to store ends the parsing too, rather than leave it waiting for a reader.
    work.catch(() => parser.destroy());
  });

  let received = 0;
  let overLimit = false;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received <= MAX_REQUEST_BYTES) return done(null, chunk);
      overLimit = true;
      done(new Error("The request body is over the limit."));
    },
  });
  let streamFailed = false;
  try {
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), counter, parser);
  } catch {
    streamFailed = true;
  }
  const outcome = work ? await (work as Promise<Received>).catch((error: unknown) => (streamFailed ? null : Promise.reject(error))) : null;
  if (streamFailed) {
    if (outcome?.ok) await removeBlob(outcome.file.blobId);
    return { ok: false, code: overLimit ? "tooLarge" : "badForm" };
  }
  return outcome ?? (await check(fields)) ?? { ok: false, code: "noFile" };
}

async function storeFile(
  stream: Readable & { truncated?: boolean },
  declaredName: string,
  fields: Record<string, string>,
  check: (fields: Record<string, string>) => Promise<Refused | null>,
): Promise<Received> {
  const refused = await check(fields);
  if (refused) {
    stream.resume();
    return refused;
  }
  const blobId = await createBlob();
  try {
    const sniffer = new ContentSniffer();
    const hash = createHash("sha256");
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let index = 0;
    const flush = async () => {
      if (!pendingBytes) return;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      await appendChunk(blobId, index++, data);
    };
    for await (const piece of stream as AsyncIterable<Buffer>) {
      sniffer.push(piece);
      hash.update(piece);
      for (let offset = 0; offset < piece.length;) {
        const take = Math.min(CHUNK_BYTES - pendingBytes, piece.length - offset);
        pending.push(piece.subarray(offset, offset + take));
        pendingBytes += take;
        offset += take;
        if (pendingBytes === CHUNK_BYTES) await flush();
      }
    }
    if (stream.truncated) {
      await removeBlob(blobId);
      return { ok: false, code: "tooLarge" };
    }
    await flush();
    const detection = await detectType(sniffer, declaredName, (offset, length) => readRange(blobId, offset, length));
    if (!detection.ok) {
      await removeBlob(blobId);
      return { ok: false, code: detection.refusal };
    }
    const file: StoredFile = {
      blobId,
      fileName: sanitizeFileName(declaredName, detection.type),
      contentType: DOCUMENT_FILE_TYPES[detection.type].contentType,
      size: sniffer.size,
      sha256: hash.digest("hex"),
    };
    return { ok: true, fields, file };
  } catch (error) {
    await removeBlob(blobId);
    throw error;
  }
}
