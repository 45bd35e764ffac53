"use server";

import { revalidatePath } from "next/cache";
import { RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { recordAudit, type Tx } from "../audit/record";
import { db } from "../db";
import { economyLabel } from "../labels";
import { officeToday } from "../today";
import { addCoSponsorSchema, removeCoSponsorSchema, withdrawCoSponsorSchema } from "./schema";

/** Co-sponsors of an archived item are frozen with it, whichever way the change arrives. */
async function openItem(tx: Tx, itemId: number) {
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
  if (!item) throw new RefusedError("This item no longer exists.");
  if (item.archivedAt) throw new RefusedError("This item is archived; restore it before changing co-sponsors.");
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
          if (!item) throw new RefusedError("This item no longer exists.");
          if (item.archivedAt) throw new RefusedError("This item is archived; restore it before changing co-sponsors.");
          if (!economy) throw new RefusedError("Choose an economy from the list.", { economyCode: [`No APEC economy has the code "${economyCode}".`] });
          const label = economyLabel(economy);
          if (item.proposerCode === economyCode) {
            throw new RefusedError(`${label} proposes this item; a proposer is not its own co-sponsor.`, { economyCode: ["The proposer cannot co-sponsor."] });
          }
          if (existing && !existing.withdrawnOn) {
            throw new RefusedError(`${label} already co-sponsors this item.`, { economyCode: [`${label} is already a co-sponsor.`] });
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
            summary: existing ? `${label} co-sponsors again` : `Added ${label} as co-sponsor`,
            before: existing ? { withdrawnOn: existing.withdrawnOn } : null,
            after: { economy: economyCode, joinedOn },
          });
          return label;
        });
        return done(`${name} now co-sponsors this item.`, itemId);
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
          if (!existing || existing.withdrawnOn) throw new RefusedError("That economy does not co-sponsor this item (any more).");
          const day = withdrawnOn ?? officeToday();
          if (existing.joinedOn && day < existing.joinedOn) {
            throw new RefusedError("It cannot withdraw before it joined.", { withdrawnOn: ["Give a date on or after the day it joined."] });
          }
          await tx.coSponsorship.update({ where: { id: existing.id }, data: { withdrawnOn: day } });
          await recordAudit(tx, {
            userId: user.id,
            action: "cosponsor.withdraw",
            entityType: "CoSponsorship",
            entityId: `${itemId}:${economyCode}`,
            itemId,
            summary: `${economyLabel(existing.economy)} withdrew as co-sponsor`,
            before: { withdrawnOn: null },
            after: { withdrawnOn: day },
          });
          return economyLabel(existing.economy);
        });
        return done(`${name} no longer co-sponsors this item.`, itemId);
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
          if (!existing) throw new RefusedError("That economy is not on this item's co-sponsor list.");
          await tx.coSponsorship.delete({ where: { id: existing.id } });
          await recordAudit(tx, {
            userId: user.id,
            action: "cosponsor.remove",
            entityType: "CoSponsorship",
            entityId: `${itemId}:${economyCode}`,
            itemId,
            summary: `Removed ${economyLabel(existing.economy)} from the co-sponsors`,
            before: { economy: economyCode, joinedOn: existing.joinedOn, withdrawnOn: existing.withdrawnOn },
          });
          return economyLabel(existing.economy);
        });
        return done(`Removed ${name} from the co-sponsors.`, itemId);
      },
    },
    formData,
  );
}
