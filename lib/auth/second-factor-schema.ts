import { z } from "zod";
import { msg } from "../i18n/message";
import { normaliseTotpCode } from "./totp";

/** A current code from the authenticator app, six digits ("123 456" as apps show it is fine). */
export const totpCodeSchema = z.object({
  code: z
    .string({ message: msg("auth.codeFormat") })
    .transform((value) => normaliseTotpCode(value) ?? "")
    .pipe(z.string().min(1, { message: msg("auth.codeFormat") })),
});

/** Turning the second factor off: a current code, or the password (a password is never six digits: it has at least twelve characters). */
export const turnOffSchema = z.object({
  proof: z
    .string({ message: msg("auth.proofRequired") })
    .max(200, { message: msg("auth.wrongProof") })
    .min(1, { message: msg("auth.proofRequired") })
    .transform((value) => {
      const code = normaliseTotpCode(value);
      return code ? { code, password: null } : { code: null, password: value };
    }),
});

/** The office's setting, as its form sends it: a ticked box, and the version the form was opened at. */
export const secondFactorSettingSchema = z.object({
  required: z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true"),
  version: z
    .string({ message: msg("v.missing", { field: "version" }) })
    .regex(/^\d{1,9}$/, { message: msg("v.invalid", { field: "version" }) })
    .transform(Number),
});

export type SecondFactorSettingInput = z.output<typeof secondFactorSettingSchema>;
