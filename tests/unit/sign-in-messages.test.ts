import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { knownDeviceCookie, newDeviceId, readKnownDevice } from "@/lib/auth/known-device";
import { lockedMessage, SIGN_IN_FAILED, signInMessageFromAddress } from "@/lib/auth/sign-in-messages";
import { MAX_WAIT_MS, waitAfter } from "@/lib/auth/throttle";
import { msg, translateMessage } from "@/lib/i18n/message";
import en from "@/lib/i18n/messages/en.json";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "unit-tests-secret-0123456789abcdef-0123";
});

const t = createTranslator({ locale: "en", messages: en });
const shown = (error: string | string[] | undefined) => {
  const message = signInMessageFromAddress(error);
  return message === undefined ? undefined : translateMessage(t as never, message);
};

describe("the sign-in page's message from its address", () => {
  it("never takes a number from the link", () => {
    expect(shown('auth.locked\u241F{"minutes":99999}')).toBe("Too many failed sign-ins. Wait a moment, then try again.");
    expect(shown('auth.locked\u241F{"minutes":"soon"}')).toBe("Too many failed sign-ins. Wait a moment, then try again.");
    expect(shown('auth.lockedSeconds\u241F{"seconds":-1}')).toBe("Too many failed sign-ins. Wait a moment, then try again.");
    expect(signInMessageFromAddress('auth.wrong\u241F{"x":"injected"}')).toBe(SIGN_IN_FAILED);
  });

  it("shows only messages from its fixed list; anything else reads as a failed sign-in", () => {
    for (const error of ["a.saved\u241F", 'v.due\u241F{"value":"Call 555-0100"}', "Call 555-0100 now", "CredentialsSignin", "__proto__", "constructor", ""]) {
      expect(shown(error), error).toBe("Wrong email or password.");
    }
    expect(shown("auth.throttled")).toBe("Too many failed sign-ins. Wait a moment, then try again.");
    expect(shown(undefined)).toBeUndefined();
    expect(shown(["auth.wrong", "auth.locked"])).toBeUndefined();
  });
});

describe("the wait a refused sign-in is told", () => {
  it("counts seconds under a minute, then whole minutes, rounded up", () => {
    const now = new Date("2026-12-03T09:00:00Z");
    const after = (ms: number) => lockedMessage(new Date(now.getTime() + ms), now);
    expect(after(400)).toBe(msg("auth.lockedSeconds", { seconds: 1 }));
    expect(after(59_000)).toBe(msg("auth.lockedSeconds", { seconds: 59 }));
    expect(after(60_000)).toBe(msg("auth.locked", { minutes: 1 }));
    expect(after(61_000)).toBe(msg("auth.locked", { minutes: 2 }));
  });

  it("doubles after the free failures, and stops at 15 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => waitAfter("email", n))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
    expect(waitAfter("ip", 10)).toBe(0);
    expect(waitAfter("ip", 11)).toBe(1000);
    expect(waitAfter("email", 14)).toBe(MAX_WAIT_MS);
    expect(waitAfter("device", 10_000)).toBe(MAX_WAIT_MS);
  });
});

describe("the known-device cookie", () => {
  const device = { userId: 7, sessionVersion: 2, deviceId: newDeviceId() };
  const issued = new Date("2026-12-03T09:00:00Z");
  const cookie = knownDeviceCookie(device, issued);

  it("names the account and device it was given for, for 180 days", () => {
    expect(readKnownDevice(cookie, issued)).toEqual(device);
    expect(readKnownDevice(cookie, new Date(issued.getTime() + 179 * 86_400_000))).toEqual(device);
    expect(readKnownDevice(cookie, new Date(issued.getTime() + 181 * 86_400_000))).toBeNull();
  });

  it("is worth nothing changed or made up", () => {
    const [, sessionVersion, deviceId, at, signature] = cookie.split(".");
    for (const forged of [
      `8.${sessionVersion}.${deviceId}.${at}.${signature}`,
      // A device from before a password change or reset cannot claim the new session version.
      `7.3.${deviceId}.${at}.${signature}`,
      `7.${sessionVersion}.${newDeviceId()}.${at}.${signature}`,
      `7.${sessionVersion}.${deviceId}.${at}.${"A".repeat(43)}`,
      "",
      "7",
      undefined,
    ]) {
      expect(readKnownDevice(forged, issued), String(forged)).toBeNull();
    }
  });
});
