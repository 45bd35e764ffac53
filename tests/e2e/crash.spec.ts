// SIGKILL in the middle of a burst of writes, on a production server of the test's own (own port,
// own database): after a restart the database is intact, every write the server acknowledged is
// there, and no change is half-written (an edit without its audit event, or the reverse).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readDb } from "../support/e2e-db";
import { createItem, editItem, getPage, signIn, type HttpSession } from "../support/http-forms";
import { freePort, freshDatabase, startServer } from "../support/production-server";
import { recordFigures } from "../support/proof-figures";
import { TEST_USERS } from "../support/test-users";

const DIR = "tests/.tmp/crash";
const EDITORS = 8;
const CREATORS = 2;

interface Attempt {
  value: string;
  state: "acknowledged" | "in flight" | "refused";
}

test("a server killed mid-burst keeps every acknowledged write and no half-written change", async () => {
  test.setTimeout(120_000);
  const dbFile = freshDatabase(DIR);
  const port = await freePort(Number(process.env.E2E_PORT ?? 3100) + 1);
  const authSecret = randomBytes(32).toString("base64url");
  const first = await startServer({ port, dbFile, logFile: `${DIR}/server-1.log`, authSecret });

  const sessions = [
    await signIn(first.url, TEST_USERS.editor.email, TEST_USERS.editor.password),
    await signIn(first.url, TEST_USERS.editor2.email, TEST_USERS.editor2.password),
  ];
  const itemIds = readDb((db) => (db.prepare("SELECT id FROM Item ORDER BY id LIMIT ?").all(EDITORS) as { id: number }[]).map((row) => row.id), dbFile);
  const edits = new Map<number, Attempt[]>(itemIds.map((id) => [id, []]));
  const creates: Attempt[] = [];
  let acknowledged = 0;
  let killed = false;

  // Each writer saves one after another until the server dies under it: one request at most in
  // flight per writer, so at most one outcome per writer is unknown.
  async function writer(attempts: Attempt[], save: (value: string) => Promise<{ outcome: string }>, prefix: string) {
    for (let seq = 1; !killed; seq++) {
      const attempt: Attempt = { value: `${prefix} ${seq}`, state: "in flight" };
      attempts.push(attempt);
      try {
        const { outcome } = await save(attempt.value);
        attempt.state = outcome === "saved" ? "acknowledged" : "refused";
        if (outcome === "saved") acknowledged++;
      } catch {
        return; // The connection died with the server: this write's fate is unknown.
      }
    }
  }
  const session = (i: number): HttpSession => sessions[i % sessions.length]!;
  const burst = [
    ...itemIds.map((id, i) => writer(edits.get(id)!, (value) => editItem(session(i), id, { notes: value }), `crash edit ${id}.`)),
    ...Array.from({ length: CREATORS }, (_, i) =>
      writer(creates, (value) => createItem(session(i), { titleEn: value, proposerCode: "PE" }), `Crash created ${i}.`),
    ),
  ];

  const started = Date.now();
  await expect.poll(() => acknowledged, { timeout: 30_000, intervals: [50] }).toBeGreaterThanOrEqual(100);
  await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 200)));
  await first.kill("SIGKILL");
  killed = true;
  const burstMs = Date.now() - started;
  await Promise.all(burst);
  expect((await first.exited).signal).toBe("SIGKILL");

  const restartedAt = Date.now();
  const second = await startServer({ port, dbFile, logFile: `${DIR}/server-2.log`, authSecret });
  const restartMs = Date.now() - restartedAt;
  try {
    const all = [...[...edits.values()].flat(), ...creates];
    expect(
      all.filter((a) => a.state === "refused"),
      "no write was refused before the kill",
    ).toEqual([]);

    const found = readDb((db) => {
      const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
      const foreignKeyErrors = (db.pragma("foreign_key_check") as unknown[]).length;
      const items = new Map(
        (db.prepare("SELECT id, titleEn, notes, version FROM Item").all() as { id: number; titleEn: string; notes: string | null; version: number }[]).map(
          (row) => [row.id, row],
        ),
      );
      const events = db.prepare("SELECT action, entityId, itemId, after FROM AuditEvent WHERE action IN ('item.update', 'item.create')").all() as {
        action: string;
        entityId: string;
        itemId: number;
        after: string;
      }[];
      return { integrity, foreignKeyErrors, items, events };
    }, dbFile);
    expect(found.integrity).toEqual(["ok"]);
    expect(found.foreignKeyErrors).toBe(0);

    let lost = 0;
    let halfWritten = 0;
    for (const [id, attempts] of edits) {
      const item = found.items.get(id)!;
      const audited = found.events.filter((e) => e.action === "item.update" && e.itemId === id).map((e) => (JSON.parse(e.after) as { notes: string }).notes);
      const acked = attempts.filter((a) => a.state === "acknowledged").map((a) => a.value);
      const possible = new Set(attempts.map((a) => a.value));
      lost += acked.filter((value) => !audited.includes(value)).length;
      // Every version step has its audit event and every audit event its version step.
      if (item.version - 1 !== audited.length || audited.some((value) => !possible.has(value))) halfWritten++;
      // The item holds the last acknowledged value, or the one in flight when the server died.
      const lastAcked = acked.at(-1);
      const inFlight = attempts.find((a) => a.state === "in flight")?.value;
      expect([lastAcked, inFlight], `item ${id}`).toContain(item.notes);
      expect(audited.at(-1), `item ${id}`).toBe(item.notes);
    }
    const createdItems = [...found.items.values()].filter((item) => item.titleEn.startsWith("Crash created"));
    const createEvents = found.events.filter(
      (e) => e.action === "item.create" && (JSON.parse(e.after) as { titleEn: string }).titleEn.startsWith("Crash created"),
    );
    lost += creates.filter((a) => a.state === "acknowledged" && !createdItems.some((item) => item.titleEn === a.value)).length;
    halfWritten += createdItems.filter((item) => createEvents.filter((e) => Number(e.entityId) === item.id).length !== 1).length;
    halfWritten += createEvents.filter((e) => !found.items.has(Number(e.entityId))).length;
    expect(lost, "acknowledged writes missing after the restart").toBe(0);
    expect(halfWritten, "changes without their audit event, or the reverse").toBe(0);

    // The restarted app serves what was saved, to a session opened before the crash.
    const [id] = [...edits][0]!;
    const page = await getPage({ ...sessions[0]!, baseURL: second.url }, `/items/${id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(found.items.get(id)!.notes!);

    // Secrets never reach the server's log: not the passwords typed, not the session tokens.
    const logs = readFileSync(`${DIR}/server-1.log`, "utf8") + readFileSync(`${DIR}/server-2.log`, "utf8");
    for (const secret of [TEST_USERS.editor.password, TEST_USERS.editor2.password, ...sessions.map((s) => s.cookie.split("=")[1]!), authSecret]) {
      expect(logs.includes(secret), "a secret in the server log").toBe(false);
    }

    const figures = {
      writesAcknowledged: all.filter((a) => a.state === "acknowledged").length,
      writesInFlightAtKill: all.filter((a) => a.state === "in flight").length,
      burstMs,
      restartMs,
      integrity: found.integrity.join("; "),
      lost,
      halfWritten,
    };
    recordFigures("crash", figures);
  } finally {
    await second.kill();
  }
});
