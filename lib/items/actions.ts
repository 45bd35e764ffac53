"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ConflictError, RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { changedFields, recordAudit, type Tx } from "../audit/record";
import { db } from "../db";
import { economyLabel, inSentence } from "../labels";
import { fieldsToFormValues, itemToFormValues } from "./form-values";
import { bulkSchema, ITEM_FIELD_LABELS, type ItemFields, itemFieldsSchema, itemRefSchema, updateItemSchema } from "./schema";

const auditItem = { forum: { select: { code: true } } } as const;

async function resolveReferences(tx: Tx, fields: ItemFields) {
  const [forum, proposer, subFund] = await Promise.all([
    tx.forum.findUnique({ where: { code: fields.forumCode }, select: { id: true } }),
    tx.economy.findUnique({ where: { code: fields.proposerCode }, select: { code: true } }),
    fields.subFundId ? tx.supportSubFund.findUnique({ where: { id: fields.subFundId }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (!forum) errors.forumCode = [`No forum has the code "${fields.forumCode}".`];
  if (!proposer) errors.proposerCode = [`No APEC economy has the code "${fields.proposerCode}".`];
  if (fields.subFundId && !subFund) errors.subFundId = ["That sub-fund no longer exists; choose another."];
  if (Object.keys(errors).length) throw new RefusedError("Some fields need attention.", errors);
  const { forumCode: _forumCode, ...data } = fields;
  return { ...data, forumId: forum!.id };
}

function done(message: string, id?: number): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, id };
}

export async function createItem(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "EDITOR",
      schema: itemFieldsSchema,
      run: async (fields, user) => {
        const item = await db.$transaction(async (tx) => {
          const created = await tx.item.create({ data: await resolveReferences(tx, fields), include: auditItem });
          await recordAudit(tx, {
            userId: user.id,
            action: "item.create",
            entityType: "Item",
            entityId: created.id,
            itemId: created.id,
            summary: `Created "${created.titleEn}"`,
            after: itemToFormValues(created),
          });
          return created;
        });
        return done(`Created "${item.titleEn}".`, item.id);
      },
    },
    formData,
  );
  if (result.ok && result.id) redirect(`/items/${result.id}`);
  return result;
}

export async function updateItem(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "EDITOR",
      schema: updateItemSchema,
      run: async ({ id, version, ...fields }, user) => {
        await db.$transaction(async (tx) => {
          const current = await tx.item.findUnique({ where: { id }, include: auditItem });
          if (!current) throw new RefusedError("This item no longer exists; it may have been deleted.");
          if (current.archivedAt) throw new RefusedError("This item is archived; restore it before editing.");
          const saved = itemToFormValues(current);
          const yours = fieldsToFormValues(fields);
          if (current.version !== version) {
            throw new ConflictError(current.version, conflictFields(saved, yours));
          }
          const diff = changedFields(saved, yours);
          if (diff.changed.length === 0) return;
          // The version in the WHERE makes the check and the write one step: of two edits that
          // both read version N, only one can match.
          const { count } = await tx.item.updateMany({
            where: { id, version },
            data: { ...(await resolveReferences(tx, fields)), version: { increment: 1 } },
          });
          if (count === 0) {
            const latest = await tx.item.findUniqueOrThrow({ where: { id }, include: auditItem });
            throw new ConflictError(latest.version, conflictFields(itemToFormValues(latest), yours));
          }
          await recordAudit(tx, {
            userId: user.id,
            action: "item.update",
            entityType: "Item",
            entityId: id,
            itemId: id,
            summary: `Changed ${diff.changed.map((key) => inSentence(ITEM_FIELD_LABELS[key as keyof ItemFields])).join(", ")}`,
            before: diff.before,
            after: diff.after,
          });
        });
        return done("Saved.", id);
      },
    },
    formData,
  );
  if (result.ok && result.id) redirect(`/items/${result.id}`);
  return result;
}

function conflictFields(saved: Record<keyof ItemFields, string>, yours: Record<keyof ItemFields, string>) {
  return (Object.keys(yours) as (keyof ItemFields)[])
    .filter((key) => saved[key] !== yours[key])
    .map((key) => ({ name: key, label: ITEM_FIELD_LABELS[key], yours: yours[key], saved: saved[key] }));
}

async function setArchived(formData: FormData, archive: boolean): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: itemRefSchema,
      run: async ({ id, version }, user) => {
        const title = await db.$transaction(async (tx) => {
          const current = await tx.item.findUnique({ where: { id } });
          if (!current) throw new RefusedError("This item no longer exists.");
          if (Boolean(current.archivedAt) === archive) throw new RefusedError(archive ? "This item is already archived." : "This item is not archived.");
          const { count } = await tx.item.updateMany({
            where: { id, version },
            data: { archivedAt: archive ? new Date() : null, version: { increment: 1 } },
          });
          if (count === 0) throw new ConflictError(current.version, []);
          await recordAudit(tx, {
            userId: user.id,
            action: archive ? "item.archive" : "item.restore",
            entityType: "Item",
            entityId: id,
            itemId: id,
            summary: archive ? "Archived the item" : "Restored the item",
            before: { archived: !archive },
            after: { archived: archive },
          });
          return current.titleEn;
        });
        return done(archive ? `Archived "${title}".` : `Restored "${title}".`, id);
      },
    },
    formData,
  );
}

export async function archiveItem(_previous: ActionResult | null, formData: FormData) {
  return setArchived(formData, true);
}

export async function restoreItem(_previous: ActionResult | null, formData: FormData) {
  return setArchived(formData, false);
}

/** Admin only, and only for an archived item: its history stays in the audit trail. */
export async function deleteItem(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "ADMIN",
      schema: itemRefSchema,
      run: async ({ id, version }, user) => {
        const title = await db.$transaction(async (tx) => {
          const current = await tx.item.findUnique({
            where: { id },
            include: { ...auditItem, coSponsorships: { select: { economyCode: true } }, milestones: { select: { title: true } } },
          });
          if (!current) throw new RefusedError("This item no longer exists.");
          if (!current.archivedAt) throw new RefusedError("Archive the item before deleting it for good.");
          if (current.version !== version) throw new ConflictError(current.version, []);
          await tx.item.delete({ where: { id } });
          if (current.seedKey) await tx.deletedSeedRecord.create({ data: { seedKey: current.seedKey } });
          await recordAudit(tx, {
            userId: user.id,
            action: "item.delete",
            entityType: "Item",
            entityId: id,
            itemId: id,
            summary: `Deleted "${current.titleEn}" for good`,
            before: {
              ...itemToFormValues(current),
              coSponsors: current.coSponsorships.map((c) => c.economyCode),
              milestones: current.milestones.map((m) => m.title),
            },
          });
          return current.titleEn;
        });
        return done(`Deleted "${title}" for good.`);
      },
    },
    formData,
  );
  if (result.ok) redirect("/items");
  return result;
}

/** Several items at once, in one transaction, with one audit event per item changed. */
export async function bulkUpdateItems(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: z.preprocess((raw) => {
        const object = raw as Record<string, unknown>;
        const ids = object["ids[]"] ?? object.ids ?? [];
        return { ...object, ids: Array.isArray(ids) ? ids : [ids] };
      }, bulkSchema),
      run: async (input, user) => {
        const changed = await db.$transaction(async (tx) => {
          const items = await tx.item.findMany({ where: { id: { in: input.ids }, archivedAt: null }, select: { id: true, titleEn: true, status: true, proposerCode: true } });
          if (items.length !== new Set(input.ids).size) throw new RefusedError("Some selected items no longer exist or are archived; reload and select again.");
          let count = 0;
          if (input.operation === "status") {
            for (const item of items.filter((i) => i.status !== input.status)) {
              await tx.item.update({ where: { id: item.id }, data: { status: input.status, version: { increment: 1 } } });
              await recordAudit(tx, {
                userId: user.id,
                action: "item.update",
                entityType: "Item",
                entityId: item.id,
                itemId: item.id,
                summary: "Changed status (bulk edit)",
                before: { status: item.status },
                after: { status: input.status },
              });
              count++;
            }
            return count;
          }
          const economy = await tx.economy.findUnique({ where: { code: input.economyCode } });
          if (!economy) throw new RefusedError(`No APEC economy has the code "${input.economyCode}".`, { economyCode: ["Choose an economy from the list."] });
          const existing = await tx.coSponsorship.findMany({ where: { itemId: { in: input.ids }, economyCode: input.economyCode } });
          const has = new Set(existing.filter((c) => !c.withdrawnOn).map((c) => c.itemId));
          for (const item of items) {
            if (item.proposerCode === input.economyCode || has.has(item.id)) continue;
            await tx.coSponsorship.upsert({
              where: { itemId_economyCode: { itemId: item.id, economyCode: input.economyCode } },
              create: { itemId: item.id, economyCode: input.economyCode },
              update: { withdrawnOn: null },
            });
            await recordAudit(tx, {
              userId: user.id,
              action: "cosponsor.add",
              entityType: "CoSponsorship",
              entityId: `${item.id}:${input.economyCode}`,
              itemId: item.id,
              summary: `Added ${economyLabel(economy)} as co-sponsor (bulk edit)`,
              after: { economy: input.economyCode },
            });
            count++;
          }
          return count;
        });
        const unchanged = input.ids.length - changed;
        return done(
          `Changed ${changed} item${changed === 1 ? "" : "s"}${unchanged ? `; ${unchanged} already had it or could not take it` : ""}.`,
        );
      },
    },
    formData,
  );
}
