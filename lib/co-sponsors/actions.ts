"use server";

import { revalidatePath } from "next/cache";
import { RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { recordAudit, type Tx } from "../audit/record";
import { db } from "../db";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import { officeToday } from "../today";
import { addCoSponsorSchema, removeCoSponsorSchema, withdrawCoSponsorSchema } from "./schema";

/** Co-sponsors of an archived item are frozen with it, whichever way the change arrives. */
async function openItem(tx: Tx, itemId: number) {
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
  if (!item) throw new RefusedError(msg("a.itemGone"));
  if (item.archivedAt) throw new RefusedError(msg("a.archivedCoSponsors"));
}

function done(message: string, id: number): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, id };
}

export async function addCoSponsor(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: addCoSponsorSchema,
      run: async ({ itemId, economyCode, joinedOn }, user) => {
        const name = await db.$transaction(async (tx) => {
          const [item, economy, existing] = await Promise.all([
            tx.item.findUnique({ where: { id: itemId }, select: { proposerCode: true, archivedAt: true } }),
            tx.economy.findUnique({ where: { code: economyCode } }),
            tx.coSponsorship.findUnique({ where: { itemId_economyCode: { itemId, economyCode } } }),
          ]);
          if (!item) throw new RefusedError(msg("a.itemGone"));
          if (item.archivedAt) throw new RefusedError(msg("a.archivedCoSponsors"));
          if (!economy) throw new RefusedError(msg("a.fieldsNeedAttention"), { economyCode: [msg("a.unknownEconomy", { code: economyCode })] });
          const names = economyNames(economy);
          if (item.proposerCode === economyCode) {
            throw new RefusedError(msg("a.proposerCannotCoSponsor", names));
          }
          if (existing && !existing.withdrawnOn) {
            throw new RefusedError(msg("a.alreadyCoSponsor", names));
          }
          // A withdrawn co-sponsor that joins again gets its row back: one row per item and economy.
          await tx.coSponsorship.upsert({
            where: { itemId_economyCode: { itemId, economyCode } },
            create: { itemId, economyCode, joinedOn },
            update: { joinedOn, withdrawnOn: null },
          });
          await recordAudit(tx, {
            userId: user.id,
            action: "cosponsor.add",
            entityType: "CoSponsorship",
            entityId: `${itemId}:${economyCode}`,
            itemId,
            summary: msg(existing ? "audit.coSponsorAgain" : "audit.coSponsorAdded", names),
            before: existing ? { withdrawnOn: existing.withdrawnOn } : null,
            after: { economy: economyCode, joinedOn },
          });
          return names;
        });
        return done(msg("a.coSponsorAdded", name), itemId);
      },
    },
    formData,
  );
}

export async function withdrawCoSponsor(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: withdrawCoSponsorSchema,
      run: async ({ itemId, economyCode, withdrawnOn }, user) => {
        const name = await db.$transaction(async (tx) => {
          await openItem(tx, itemId);
          const existing = await tx.coSponsorship.findUnique({
            where: { itemId_economyCode: { itemId, economyCode } },
            include: { economy: true },
          });
          if (!existing || existing.withdrawnOn) throw new RefusedError(msg("a.notCoSponsor"));
          const day = withdrawnOn ?? officeToday();
          if (existing.joinedOn && day < existing.joinedOn) {
            throw new RefusedError(msg("a.withdrawBeforeJoin"), { withdrawnOn: [msg("a.withdrawBeforeJoin")] });
          }
          await tx.coSponsorship.update({ where: { id: existing.id }, data: { withdrawnOn: day } });
          await recordAudit(tx, {
            userId: user.id,
            action: "cosponsor.withdraw",
            entityType: "CoSponsorship",
            entityId: `${itemId}:${economyCode}`,
            itemId,
            summary: msg("audit.coSponsorWithdrew", economyNames(existing.economy)),
            before: { withdrawnOn: null },
            after: { withdrawnOn: day },
          });
          return economyNames(existing.economy);
        });
        return done(msg("a.coSponsorWithdrew", name), itemId);
      },
    },
    formData,
  );
}

/** For a co-sponsor entered by mistake: the row goes, the audit trail keeps that it was there. */
export async function removeCoSponsor(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: removeCoSponsorSchema,
      run: async ({ itemId, economyCode }, user) => {
        const name = await db.$transaction(async (tx) => {
          await openItem(tx, itemId);
          const existing = await tx.coSponsorship.findUnique({
            where: { itemId_economyCode: { itemId, economyCode } },
            include: { economy: true },
          });
          if (!existing) throw new RefusedError(msg("a.notCoSponsor"));
          await tx.coSponsorship.delete({ where: { id: existing.id } });
          await recordAudit(tx, {
            userId: user.id,
            action: "cosponsor.remove",
            entityType: "CoSponsorship",
            entityId: `${itemId}:${economyCode}`,
            itemId,
            summary: msg("audit.coSponsorRemoved", economyNames(existing.economy)),
            before: { economy: economyCode, joinedOn: existing.joinedOn, withdrawnOn: existing.withdrawnOn },
          });
          return economyNames(existing.economy);
        });
        return done(msg("a.coSponsorRemoved", name), itemId);
      },
    },
    formData,
  );
}
