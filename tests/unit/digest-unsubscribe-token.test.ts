// The unsubscribe link is its own credential: it names the officer and what it ends, signed with
// the session secret; any change to any part of it, or another secret, and it is refused.
import { describe, expect, it } from "vitest";
import { signUnsubscribe, unsubscribeUrl, verifyUnsubscribe, type UnsubscribeToken } from "@/lib/mail/unsubscribe";

const SECRET = "unit-test-secret-0123456789-0123456789";
const digest: UnsubscribeToken = { userId: 42, target: { kind: "digest" } };
const view: UnsubscribeToken = { userId: 42, target: { kind: "view", viewId: 7 } };

describe("an unsubscribe link", () => {
  it("names the officer and what it ends, and reads back as signed", () => {
    const params = signUnsubscribe(digest, SECRET);
    expect(params).toMatchObject({ u: "42", t: "digest" });
    expect(params.s).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribe(params, SECRET)).toEqual(digest);
    expect(verifyUnsubscribe(signUnsubscribe(view, SECRET), SECRET)).toEqual(view);
  });

  it("is an absolute address with the signed fields, for the page and for the one-click POST", () => {
    const page = new URL(unsubscribeUrl("https://tracker.example", "/unsubscribe", view, SECRET));
    expect(`${page.origin}${page.pathname}`).toBe("https://tracker.example/unsubscribe");
    expect(verifyUnsubscribe(Object.fromEntries(page.searchParams), SECRET)).toEqual(view);
    const post = new URL(unsubscribeUrl("https://tracker.example", "/api/unsubscribe", view, SECRET));
    expect(post.pathname).toBe("/api/unsubscribe");
    expect(post.search).toBe(page.search);
  });

  it("is refused when anything in it was changed", () => {
    const params = signUnsubscribe(view, SECRET);
    const flipped = `${params.s.slice(0, 10)}${params.s[10] === "A" ? "B" : "A"}${params.s.slice(11)}`;
    for (const tampered of [
      { ...params, u: "43" },
      { ...params, t: "view:8" },
      { ...params, t: "digest" },
      { ...params, s: flipped },
      { ...params, s: params.s.slice(0, 42) },
      { ...params, s: `${params.s}A` },
      { ...params, u: "042" },
      { ...params, u: "42 " },
      { u: params.u, t: params.t },
      { ...params, s: ["x"] },
      {},
    ]) {
      expect(verifyUnsubscribe(tampered, SECRET), JSON.stringify(tampered)).toBeNull();
    }
  });

  it("is refused under another secret, and for targets it cannot name", () => {
    expect(verifyUnsubscribe(signUnsubscribe(digest, SECRET), `${SECRET}x`)).toBeNull();
    for (const t of ["view:0", "view:", "view:1e3", "view:99999999999", "everything"]) {
      const forged = { ...signUnsubscribe(digest, SECRET), t };
      expect(verifyUnsubscribe(forged, SECRET), t).toBeNull();
    }
  });
});
