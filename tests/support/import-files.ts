// What the import tests share: files as the export route gives them, uploads as the import page
// posts them, and a fingerprint of everything an import could write.
import { vi } from "vitest";
import { GET } from "@/app/(app)/items/export/route";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { importFile, type ImportResult } from "@/lib/imports/actions";
import { submitForm } from "./action-calls";

export function signIn(user: Pick<User, "id" | "sessionVersion"> | null) {
  vi.mocked(readSessionClaims).mockResolvedValue(
    user ? { userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" } : null,
  );
}

export async function download(query: string): Promise<Uint8Array> {
  const response = await GET(new Request(`http://localhost/items/export?${query}`));
  if (response.status !== 200) throw new Error(`export ${query}: ${response.status} ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Posts the import form with the file and the button pressed; "apply" sends the checked plan's hash. */
export async function upload(bytes: Uint8Array | string, name: string, intent: "check" | "apply", planHash?: string): Promise<ImportResult> {
  const data = new FormData();
  data.append("file", new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name));
  data.append("intent", intent);
  if (planHash !== undefined) data.append("planHash", planHash);
  const { result } = await submitForm(importFile, data);
  return result as ImportResult;
}

/** Checks, then applies what was checked. */
export async function importBack(bytes: Uint8Array | string, name: string) {
  const check = await upload(bytes, name, "check");
  if (!check.ok || !check.report) throw new Error(`check refused: ${JSON.stringify(check)}`);
  return { check, apply: await upload(bytes, name, "apply", check.report.planHash) };
}

/** Everything an import may write, so a refused one can be shown to have written nothing. */
export async function snapshot() {
  const [items, coSponsorships, milestones, auditEvents] = await Promise.all([
    db.item.findMany({ orderBy: { id: "asc" } }),
    db.coSponsorship.findMany({ orderBy: { id: "asc" } }),
    db.milestone.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return JSON.stringify({ items, coSponsorships, milestones, auditEvents });
}
