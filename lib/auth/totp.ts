// The second factor's arithmetic: TOTP (RFC 6238) through otplib, with the defaults every
// authenticator app reads (SHA-1, 6 digits, 30 seconds), and recovery codes. Nothing here touches
// the database; the writes are in second-factor-mutations.ts.
import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_ISSUER = "SCCP Tracker";
export const TOTP_PERIOD_S = 30;
export const RECOVERY_CODE_COUNT = 10;

/** A fresh shared secret, base32 (160 bits, what RFC 4226 recommends). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** What the authenticator app scans: `otpauth://totp/SCCP%20Tracker:<email>?secret=…&issuer=…`. */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** A typed authentication code: six digits, spaces (as apps show them, "123 456") left out. */
export function normaliseTotpCode(raw: string): string | null {
  const code = raw.replace(/\s+/g, "");
  return /^\d{6}$/.test(code) ? code : null;
}

/**
 * The time step a code matches, or null. The step before and after now are accepted too (a phone's
 * clock a little off), but never a step at or before `afterStep`, the last one accepted: a code,
 * or an earlier one, works once (RFC 6238 section 5.2).
 */
export async function acceptedTotpStep(secret: string, code: string, now: Date, afterStep: number | null): Promise<number | null> {
  const token = normaliseTotpCode(code);
  if (!token) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_S,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  // otplib's functional verify is typed for HOTP too; only a TOTP match has a time step.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Ten codes of 80 random bits each, as "xxxx-xxxx-xxxx-xxxx" in lower-case base32: easy to read out and type. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    let bits = "";
    for (const byte of bytes) bits += byte.toString(2).padStart(8, "0");
    const chars = bits.match(/.{5}/g)!.map((five) => "abcdefghijklmnopqrstuvwxyz234567"[parseInt(five, 2)]);
    return chars.join("").match(/.{4}/g)!.join("-");
  });
}

/** How a recovery code is kept: its SHA-256, of the code as typed without spaces, dashes or capitals. */
export function recoveryCodeHash(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, "");
}
