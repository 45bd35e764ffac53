import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "@/lib/auth/session-token";

const SECRET = "a-session-secret-of-at-least-thirty-two-characters";
const CLAIMS = { uid: 7, sv: 3, sid: "c5b1f0a2-session" };

describe("the session cookie's decryption", () => {
  it("reads what next-auth wrote, as next-auth reads it", async () => {
    const token = await encode({ token: CLAIMS, secret: SECRET });
    const ours = await decodeSessionToken({ token, secret: SECRET });
    expect(ours).toMatchObject(CLAIMS);
    expect(ours).toEqual(await decode({ token, secret: SECRET }));
    // The key is kept after the first read; a second read gives the same.
    expect(await decodeSessionToken({ token, secret: SECRET })).toEqual(ours);
  });

  it("refuses a cookie made with another secret", async () => {
    const token = await encode({ token: CLAIMS, secret: `${SECRET}-other` });
    await expect(decodeSessionToken({ token, secret: SECRET })).rejects.toThrow();
  });

  it("refuses an altered cookie", async () => {
    const token = await encode({ token: CLAIMS, secret: SECRET });
    const parts = token.split(".");
    const ciphertext = parts[3]!;
    parts[3] = `${ciphertext[0] === "A" ? "B" : "A"}${ciphertext.slice(1)}`;
    await expect(decodeSessionToken({ token: parts.join("."), secret: SECRET })).rejects.toThrow();
  });

  it("refuses an expired cookie, beyond next-auth's 15 s for clocks", async () => {
    const stale = await encode({ token: CLAIMS, secret: SECRET, maxAge: -60 });
    await expect(decodeSessionToken({ token: stale, secret: SECRET })).rejects.toThrow(/exp/);
    const justNow = await encode({ token: CLAIMS, secret: SECRET, maxAge: -5 });
    expect(await decodeSessionToken({ token: justNow, secret: SECRET })).toMatchObject(CLAIMS);
  });

  it("reads no cookie as none, and a salted one is not a session cookie", async () => {
    expect(await decodeSessionToken({ token: undefined, secret: SECRET })).toBeNull();
    const token = await encode({ token: CLAIMS, secret: SECRET });
    await expect(decodeSessionToken({ token, secret: SECRET, salt: "x" })).rejects.toThrow(/salt/);
  });
});
