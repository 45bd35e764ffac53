// The session cookie's decryption, as next-auth's own `decode` (next-auth/jwt) does it, but with
// the key derived once. next-auth derives the key from the secret on every read (HKDF, on Node's
// thread pool), and a page reads the cookie twice: in the proxy and in the page. The key is the
// same for as long as the secret is.
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

/** next-auth's HKDF parameters for a cookie without salt (next-auth 4's getDerivedEncryptionKey). */
const KEY_INFO = "NextAuth.js Generated Encryption Key";
/** next-auth's allowance for clocks that disagree, in seconds. */
const CLOCK_TOLERANCE_S = 15;

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer): Uint8Array {
  const name = typeof secret === "string" ? secret : `bytes:${secret.toString("hex")}`;
  let key = keys.get(name);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", KEY_INFO, 32));
    keys.set(name, key);
  }
  return key;
}

/**
 * The claims of a session cookie next-auth encoded; throws for a cookie that is not one (another
 * secret, altered, expired). Takes next-auth's `decode` parameters, so getToken can use it.
 */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  if (salt) throw new Error("Session cookies are encoded without salt.");
  const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: CLOCK_TOLERANCE_S });
  return payload as JWT;
}
