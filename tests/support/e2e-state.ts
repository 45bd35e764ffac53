import { readFileSync } from "node:fs";
import { E2E_DIR } from "./e2e-dir";
import type { HttpSession } from "./http-forms";

type Role = "admin" | "editor" | "editor2" | "viewer" | "reader";

/** Where auth.setup.ts keeps each role's signed-in session. */
export const stateFor = (role: Role) => `${E2E_DIR}/state-${role}.json`;

/** That saved session as a `Cookie` header, for requests made outside a browser. */
export function sessionOf(role: Role, baseURL: string): HttpSession {
  const state = JSON.parse(readFileSync(stateFor(role), "utf8")) as { cookies: { name: string; value: string }[] };
  const cookie = state.cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  if (!cookie) throw new Error(`No saved session for ${role}.`);
  return { baseURL, cookie: `${cookie.name}=${cookie.value}` };
}
