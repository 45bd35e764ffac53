// A browser that signed in to an account gets a signed, HttpOnly cookie naming the account and a
// random device id. Its later sign-ins to that account are throttled on their own key, not the
// account's, so someone guessing the account's password elsewhere cannot keep its owner out
// (OWASP's Credential Stuffing Prevention Cheat Sheet, "Device Fingerprinting" and "Account Lockout").
// The cookie proves only that the browser signed in before: the password is still checked, and
// guesses from a stolen cookie are slowed like any others.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

export const KNOWN_DEVICE_MAX_AGE_S = 180 * 24 * 60 * 60;
/** Sent only with sign-ins, never with page requests. */
export const KNOWN_DEVICE_PATH = "/api/auth/callback";

export function knownDeviceCookieName(secure: boolean): string {
  return secure ? "__Secure-sccp.known-device" : "sccp.known-device";
}

export interface KnownDevice {
  userId: number;
  /** The account's session version when the device signed in: a password change, a reset or a
   * deactivation moves it on, and the device is no longer known (someone who had the old password
   * keeps no free guesses). */
  sessionVersion: number;
  deviceId: string;
}

function sign(payload: string): string {
  return createHmac("sha256", authSecret()).update(`known-device:${payload}`).digest("base64url");
}

export function newDeviceId(): string {
  return randomBytes(16).toString("base64url");
}

export function knownDeviceCookie(device: KnownDevice, now = new Date()): string {
  const payload = `${device.userId}.${device.sessionVersion}.${device.deviceId}.${Math.floor(now.getTime() / 1000)}`;
  return `${payload}.${sign(payload)}`;
}

/** The device a cookie names, or null when it is malformed, signed with another secret or too old. */
export function readKnownDevice(value: string | undefined, now = new Date()): KnownDevice | null {
  const match = value?.match(/^([1-9]\d{0,9})\.(\d{1,9})\.([\w-]{22})\.(\d{1,12})\.([\w-]{43})$/);
  if (!match) return null;
  const [, userId, sessionVersion, deviceId, issuedAt, signature] = match;
  const expected = Buffer.from(sign(`${userId}.${sessionVersion}.${deviceId}.${issuedAt}`));
  if (!timingSafeEqual(expected, Buffer.from(signature!))) return null;
  const ageS = now.getTime() / 1000 - Number(issuedAt);
  if (ageS < 0 || ageS > KNOWN_DEVICE_MAX_AGE_S) return null;
  return { userId: Number(userId), sessionVersion: Number(sessionVersion), deviceId: deviceId! };
}
