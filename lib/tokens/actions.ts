"use server";

import { z } from "zod";
import type { ActionResult } from "../actions/result";
import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as tokens from "./mutations";
import { newToken } from "./tokens";

/** A new calendar address; any earlier one stops working, so a leaked address can be shut. */
export const renewCalendarToken = writeAction({
  role: "VIEWER",
  schema: z.object({}),
  write: async (tx, user) => {
    const token = newToken("calendar");
    await tokens.renewCalendarToken(tx, user, token);
    return token;
  },
  answer: (token) => ({ message: msg("calendar.created"), secret: token }),
  revalidate: "/account/calendar",
});

export const revokeCalendarToken = writeAction({
  role: "VIEWER",
  schema: z.object({}),
  write: (tx, user) => tokens.revokeCalendarToken(tx, user),
  answer: () => ({ message: msg("calendar.revoked") }),
  revalidate: "/account/calendar",
});

/** The calendar page's one form: its buttons say which (works without JavaScript too). */
export async function manageCalendarToken(previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return formData.get("op") === "revoke" ? revokeCalendarToken(previous, formData) : renewCalendarToken(previous, formData);
}

const apiTokenSchema = z.object({
  label: z
    .string({ message: msg("v.required", { field: "tokenLabel" }) })
    .trim()
    .min(2, { message: msg("v.minLength", { field: "tokenLabel", min: 2 }) })
    .max(80, { message: msg("v.maxLength", { field: "tokenLabel", max: 80 }) }),
});
const apiTokenRefSchema = z.object({
  id: z
    .string({ message: msg("v.missing", { field: "token" }) })
    .regex(/^[1-9]\d{0,9}$/, { message: msg("v.invalid", { field: "token" }) })
    .transform(Number),
});

/** A personal API token for a program; shown once, kept only as a hash. */
export const createApiToken = writeAction({
  role: "VIEWER",
  schema: apiTokenSchema,
  write: async (tx, user, { label }) => {
    const token = newToken("api");
    await tokens.createApiToken(tx, user, { label, token });
    return token;
  },
  answer: (token) => ({ message: msg("api.created"), secret: token }),
  revalidate: "/account/api-tokens",
});

export const revokeApiToken = writeAction({
  role: "VIEWER",
  schema: apiTokenRefSchema,
  write: (tx, user, input) => tokens.revokeApiToken(tx, user, input),
  answer: () => ({ message: msg("api.revoked") }),
  revalidate: "/account/api-tokens",
});
