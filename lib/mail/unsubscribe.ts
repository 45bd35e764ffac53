// The signed address in every digest that ends it in one click, without signing in (RFC 8058).
// The signature is the credential: an HMAC of the officer and what the link ends, under the
// session secret, so nobody can make a link for another officer or another view.
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret";

/** What a link ends: the officer's own digest, or their subscription to one saved view. */
export type UnsubscribeTarget = { kind: "digest" } | { kind: "view"; viewId: number };

export interface UnsubscribeToken {
  userId: number;
  target: UnsubscribeTarget;
}

/** The query parameters the links carry: u (the officer), t ("digest" or "view:<id>"), s (the signature). */
export interface UnsubscribeParams {
  u: string;
  t: string;
  s: string;
}

export function targetParam(target: UnsubscribeTarget): string {
  return target.kind === "digest" ? "digest" : `view:${target.viewId}`;
}

function parseTarget(text: string): UnsubscribeTarget | null {
  if (text === "digest") return { kind: "digest" };
  const view = /^view:([1-9]\d{0,9})$/.exec(text);
  return view && Number(view[1]) <= 2_147_483_647 ? { kind: "view", viewId: Number(view[1]) } : null;
}

function signature(userId: number, target: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe:${userId}:${target}`).digest();
}

export function signUnsubscribe(token: UnsubscribeToken, secret = authSecret()): UnsubscribeParams {
  const t = targetParam(token.target);
  return { u: String(token.userId), t, s: signature(token.userId, t, secret).toString("base64url") };
}

/** The officer and target a link names, or null when any part is missing, malformed or not signed by us. */
export function verifyUnsubscribe(params: Partial<Record<keyof UnsubscribeParams, unknown>>, secret = authSecret()): UnsubscribeToken | null {
  const { u, t, s } = params;
  if (typeof u !== "string" || typeof t !== "string" || typeof s !== "string") return null;
  if (!/^[1-9]\d{0,9}$/.test(u) || Number(u) > 2_147_483_647) return null;
  const target = parseTarget(t);
  if (!target || !/^[A-Za-z0-9_-]{43}$/.test(s)) return null;
  const userId = Number(u);
  const expected = signature(userId, t, secret);
  const given = Buffer.from(s, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? { userId, target } : null;
}

/** `path` under `base` with the signed parameters, e.g. https://tracker.example/unsubscribe?u=…&t=…&s=…. */
export function unsubscribeUrl(base: string, path: "/unsubscribe" | "/api/unsubscribe", token: UnsubscribeToken, secret = authSecret()): string {
  const url = new URL(path, base);
  for (const [key, value] of Object.entries(signUnsubscribe(token, secret))) url.searchParams.set(key, value);
  return url.toString();
}
