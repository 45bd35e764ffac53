import { z } from "zod";
import { Role } from "../db/generated/enums";
import { positiveId, requiredEnum, requiredText } from "../forms/fields";
import { msg } from "../i18n/message";
import { economyChoiceSchema } from "../office/schema";
import { DIGEST_FREQUENCIES } from "./digest-options";

const ROLES = Object.values(Role) as [Role, ...Role[]];

export const emailSchema = z
  .string({ message: msg("v.required", { field: "email" }) })
  .trim()
  .toLowerCase()
  .max(254, { message: msg("v.maxLength", { field: "email", max: 254 }) })
  .email({ message: msg("v.email") });

export const roleSchema = requiredEnum(ROLES, "role");

export const newPasswordSchema = z
  .string({ message: msg("v.required", { field: "newPassword" }) })
  .min(12, { message: msg("v.passwordLength") })
  .max(200, { message: msg("v.passwordLength") });

export const createUserSchema = z.object({ email: emailSchema, name: requiredText("userName", 120), role: roleSchema });
export const changeRoleSchema = z.object({ userId: positiveId("user"), role: roleSchema });
export const userRefSchema = z.object({ userId: positiveId("user") });
export const setActiveSchema = z.object({
  userId: positiveId("user"),
  active: z.enum(["true", "false"], { message: msg("v.invalid", { field: "active" }) }).transform((v) => v === "true"),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ message: msg("v.required", { field: "currentPassword" }) })
      .min(1, { message: msg("v.required", { field: "currentPassword" }) })
      .max(200, { message: msg("v.passwordLength") }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ message: msg("v.required", { field: "confirmPassword" }) }),
  })
  .superRefine((input, ctx) => {
    if (input.newPassword !== input.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: msg("v.passwordsDiffer") });
    if (input.newPassword === input.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: msg("v.passwordSame") });
  });

export const PASSWORD_FIELDS = ["password", "currentPassword", "newPassword", "confirmPassword"];

/** The officer's own economy: one of APEC's, or "" to follow the office's. */
export const ownEconomySchema = z.object({ economyCode: economyChoiceSchema });

export const ownDigestSchema = z.object({
  digestFrequency: z.enum(DIGEST_FREQUENCIES, { message: msg("settings.account.chooseFrequency") }),
  // A daily or disabled digest still keeps the weekday, for when the officer goes back to weekly.
  digestWeekday: z
    .string({ message: msg("settings.account.chooseWeekday") })
    .regex(/^[1-7]$/, { message: msg("settings.account.chooseWeekday") })
    .transform(Number),
});
