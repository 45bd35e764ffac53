import { describe, expect, it } from "vitest";
import { acceptedTotpStep, newRecoveryCodes, newTotpSecret, normaliseTotpCode, recoveryCodeHash, totpUri } from "@/lib/auth/totp";

// RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in base32; its codes cut to six digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP codes", () => {
  it("matches RFC 6238's test vectors, and names the time step", async () => {
    expect(await acceptedTotpStep(RFC_SECRET, "287082", at(59), null)).toBe(1);
    expect(await acceptedTotpStep(RFC_SECRET, "081804", at(1111111109), null)).toBe(37037036);
    expect(await acceptedTotpStep(RFC_SECRET, "005924", at(1234567890), null)).toBe(41152263);
  });

  it("accepts the step before and after now (a clock a little off), not two away", async () => {
    const code = "005924"; // step 41152263
    const stepStart = 41152263 * 30;
    expect(await acceptedTotpStep(RFC_SECRET, code, at(stepStart + 30 + 29), null)).toBe(41152263);
    expect(await acceptedTotpStep(RFC_SECRET, code, at(stepStart - 30), null)).toBe(41152263);
    expect(await acceptedTotpStep(RFC_SECRET, code, at(stepStart + 60), null)).toBeNull();
    expect(await acceptedTotpStep(RFC_SECRET, code, at(stepStart - 31), null)).toBeNull();
  });

  it("never accepts a step at or before the last one accepted", async () => {
    expect(await acceptedTotpStep(RFC_SECRET, "005924", at(1234567890), 41152263)).toBeNull();
    expect(await acceptedTotpStep(RFC_SECRET, "005924", at(1234567890), 41152264)).toBeNull();
    expect(await acceptedTotpStep(RFC_SECRET, "005924", at(1234567890), 41152262)).toBe(41152263);
  });

  it("reads a code as apps show it, and refuses anything but six digits", async () => {
    expect(normaliseTotpCode(" 005 924 ")).toBe("005924");
    for (const typed of ["", "00592", "0059245", "00592a", "００５９２４"]) expect(normaliseTotpCode(typed)).toBeNull();
    expect(await acceptedTotpStep(RFC_SECRET, "005 924", at(1234567890), null)).toBe(41152263);
    expect(await acceptedTotpStep(RFC_SECRET, "abcdef", at(1234567890), null)).toBeNull();
  });

  it("makes a 160-bit base32 secret and the URI authenticator apps scan", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(totpUri(secret, "officer@customs.example")).toBe(`otpauth://totp/SCCP%20Tracker:officer%40customs.example?secret=${secret}&issuer=SCCP%20Tracker`);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of 80 random bits, easy to type", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
  });

  it("hash the same however they are typed, and differently from each other", () => {
    const [code, other] = newRecoveryCodes();
    expect(recoveryCodeHash(code!)).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash(` ${code!.toUpperCase().replace(/-/g, " ")} `)).toBe(recoveryCodeHash(code!));
    expect(recoveryCodeHash(other!)).not.toBe(recoveryCodeHash(code!));
  });
});
