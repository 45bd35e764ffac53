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
          const { count } = await tx.accessToken.updateMany({ where: { userId: user.id, purpose: "calendar", revokedAt: null }, data: { revokedAt: new Date() } });
          await tx.accessToken.create({ data: { userId: user.id, purpose: "calendar", hash: hashToken(token) } });
          await recordAudit(tx, { userId: user.id, action: count ? "token.renew" : "token.create", entityType: "User", entityId: user.id, summary: msg(count ? "audit.calendarRenewed" : "audit.calendarCreated") });
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
          const { count } = await tx.accessToken.updateMany({ where: { userId: user.id, purpose: "calendar", revokedAt: null }, data: { revokedAt: new Date() } });
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
