"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { msg } from "../i18n/message";
import { hashToken, newToken } from "./tokens";

/** A new calendar address; any earlier one stops working, so a leaked address can be shut. */
export async function renewCalendarToken(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      schema: z.object({}),
      run: async (_input, user) => {
        const token = newToken("calendar");
        await db.$transaction(async (tx) => {
          const { count } = await tx.accessToken.updateMany({
            where: { userId: user.id, purpose: "calendar", revokedAt: null },
            data: { revokedAt: new Date() },
          });
          await tx.accessToken.create({ data: { userId: user.id, purpose: "calendar", hash: hashToken(token) } });
          await recordAudit(tx, {
            userId: user.id,
            action: count ? "token.renew" : "token.create",
            entityType: "User",
            entityId: user.id,
            summary: msg(count ? "audit.calendarRenewed" : "audit.calendarCreated"),
          });
        });
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
        await db.$transaction(async (tx) => {
          const { count } = await tx.accessToken.updateMany({
            where: { userId: user.id, purpose: "calendar", revokedAt: null },
            data: { revokedAt: new Date() },
          });
          if (count === 0) throw new RefusedError(msg("calendar.noneActive"));
          await recordAudit(tx, { userId: user.id, action: "token.revoke", entityType: "User", entityId: user.id, summary: msg("audit.calendarRevoked") });
        });
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
        await db.$transaction(async (tx) => {
          const created = await tx.accessToken.create({ data: { userId: user.id, purpose: "api", label, hash: hashToken(token) } });
          await recordAudit(tx, {
            userId: user.id,
            action: "token.create",
            entityType: "User",
            entityId: user.id,
            summary: msg("audit.apiTokenCreated", { label }),
            after: { tokenId: created.id, label },
          });
        });
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
        await db.$transaction(async (tx) => {
          // Only the user's own token: another user's id is simply not found.
          const token = await tx.accessToken.findFirst({ where: { id, userId: user.id, purpose: "api", revokedAt: null } });
          if (!token) throw new RefusedError(msg("api.tokenGone"));
          await tx.accessToken.update({ where: { id }, data: { revokedAt: new Date() } });
          await recordAudit(tx, {
            userId: user.id,
            action: "token.revoke",
            entityType: "User",
            entityId: user.id,
            summary: msg("audit.apiTokenRevoked", { label: token.label ?? "" }),
            before: { tokenId: id },
          });
        });
        revalidatePath("/account/api-tokens");
        return { ok: true, message: msg("api.revoked") };
      },
    },
    formData,
  );
}
