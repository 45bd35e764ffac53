import { z } from "zod";
import { Role } from "../db/generated/enums";
import { positiveId, requiredText } from "../forms/fields";

const ROLES = Object.values(Role) as [Role, ...Role[]];

export const emailSchema = z
  .string({ message: "The email is required." })
  .trim()
  .toLowerCase()
  .max(254, { message: "The email is at most 254 characters." })
  .email({ message: "Give an email address such as officer@customs.example." });

export const roleSchema = z.enum(ROLES, { message: "Choose viewer, editor or administrator." });

export const newPasswordSchema = z
  .string({ message: "The new password is required." })
  .min(12, { message: "Use at least 12 characters." })
  .max(200, { message: "Use at most 200 characters." });

export const createUserSchema = z.object({ email: emailSchema, name: requiredText("The name", 120), role: roleSchema });
export const changeRoleSchema = z.object({ userId: positiveId("The user"), role: roleSchema });
export const userRefSchema = z.object({ userId: positiveId("The user") });
export const setActiveSchema = z.object({ userId: positiveId("The user"), active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ message: "Give your current password." }).min(1, { message: "Give your current password." }).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .superRefine((input, ctx) => {
    if (input.newPassword !== input.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords differ." });
    if (input.newPassword === input.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one." });
  });

export const PASSWORD_FIELDS = ["password", "currentPassword", "newPassword", "confirmPassword"];
