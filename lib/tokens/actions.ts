"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import * as tokens from "./mutations";
import { newToken } from "./tokens";

/** A new calendar address; any earlier one stops working, so a leaked address can be shut. */
export async function renewCalendarToken(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      schema: z.object({}),
      run: async (_input, user) => {
        const token = newToken("calendar");
        await writeTransaction((tx) => tokens.renewCalendarToken(tx, user, token));
        revalidatePath("/account/calendar");
        return { ok: true, message: msg("calendar.created"), secret: token };
      },
    },
    formData,
  );
}

export async function revokeCalendarToken(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      schema: z.object({}),
      run: async (_input, user) => {
        await writeTransaction((tx) => tokens.revokeCalendarToken(tx, user));
        revalidatePath("/account/calendar");
        return { ok: true, message: msg("calendar.revoked") };
      },
    },
    formData,
  );
}

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
export async function createApiToken(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      schema: apiTokenSchema,
      run: async ({ label }, user) => {
        const token = newToken("api");
        await writeTransaction((tx) => tokens.createApiToken(tx, user, { label, token }));
        revalidatePath("/account/api-tokens");
        return { ok: true, message: msg("api.created"), secret: token };
      },
    },
    formData,
  );
}

export async function revokeApiToken(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      schema: apiTokenRefSchema,
      run: async ({ id }, user) => {
        await writeTransaction((tx) => tokens.revokeApiToken(tx, user, { id }));
        revalidatePath("/account/api-tokens");
        return { ok: true, message: msg("api.revoked") };
      },
    },
    formData,
  );
}
