"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseOriginal, threeWay } from "../actions/conflict";
import { ConflictError, RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { changedFields, recordAudit, type Tx } from "../audit/record";
import { db } from "../db";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import { fieldsToFormValues, itemToFormValues } from "./form-values";
import { bulkSchema, itemFieldsSchema, itemRefSchema, updateItemSchema, type ItemFields } from "./schema";

const auditItem = { forum: { select: { code: true } } } as const;

async function resolveReferences(tx: Tx, fields: ItemFields) {
  const [forum, proposer, subFund] = await Promise.all([
    tx.forum.findUnique({ where: { code: fields.forumCode }, select: { id: true } }),
    tx.economy.findUnique({ where: { code: fields.proposerCode }, select: { code: true } }),
    fields.subFundId ? tx.supportSubFund.findUnique({ where: { id: fields.subFundId }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (!forum) errors.forumCode = [msg("a.unknownForum", { code: fields.forumCode })];
  if (!proposer) errors.proposerCode = [msg("a.unknownEconomy", { code: fields.proposerCode })];
  if (fields.subFundId && !subFund) errors.subFundId = [msg("a.subFundGone")];
  if (Object.keys(errors).length) throw new RefusedError(msg("a.fieldsNeedAttention"), errors);
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
            summary: msg("audit.itemCreated", { title: created.titleEn, titleZh: created.titleZh ?? created.titleEn }),
            after: itemToFormValues(created),
          });
          return created;
        });
        return done(msg("a.created", { name: item.titleEn }), item.id);
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
      run: async ({ id, version, original: originalText, ...fields }, user) => {
        const original = parseOriginal(originalText);
        await db.$transaction(async (tx) => {
          const current = await tx.item.findUnique({ where: { id }, include: auditItem });
          if (!current) throw new RefusedError(msg("a.itemGone"));
          if (current.archivedAt) throw new RefusedError(msg("a.archivedItem"));
          const saved = itemToFormValues(current);
          const yours = fieldsToFormValues(fields);
          if (current.version !== version) throw staleEdit(current.version, original, yours, saved);
          if (fields.proposerCode !== current.proposerCode) {
            const coSponsor = await tx.coSponsorship.findFirst({
              where: { itemId: id, economyCode: fields.proposerCode, withdrawnOn: null },
              include: { economy: true },
            });
            if (coSponsor)
              throw new RefusedError(msg("a.fieldsNeedAttention"), { proposerCode: [msg("a.proposerIsCoSponsor", economyNames(coSponsor.economy))] });
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
            throw staleEdit(latest.version, original, yours, itemToFormValues(latest));
          }
          await recordAudit(tx, {
            userId: user.id,
            action: "item.update",
            entityType: "Item",
            entityId: id,
            itemId: id,
            summary: msg("audit.itemUpdated", { fields: diff.changed.join(",") }),
            before: diff.before,
            after: diff.after,
          });
        });
        return done(msg("a.saved"), id);
      },
    },
    formData,
  );
  if (result.ok && result.id) redirect(`/items/${result.id}`);
  return result;
}

function staleEdit(savedVersion: number, original: Record<string, string> | null, yours: Record<string, string>, saved: Record<string, string>) {
  const { fields, merged } = threeWay(original, yours, saved);
  return new ConflictError(savedVersion, fields, merged, saved);
}

async function setArchived(formData: FormData, archive: boolean): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: itemRefSchema,
      run: async ({ id, version }, user) => {
        const title = await db.$transaction(async (tx) => {
          const current = await tx.item.findUnique({ where: { id } });
          if (!current) throw new RefusedError(msg("a.itemGone"));
          if (Boolean(current.archivedAt) === archive) throw new RefusedError(msg(archive ? "a.alreadyArchived" : "a.notArchived"));
          const { count } = await tx.item.updateMany({
            where: { id, version },
            data: { archivedAt: archive ? new Date() : null, version: { increment: 1 } },
          });
          if (count === 0) throw new RefusedError(msg("a.staleReload"));
          await recordAudit(tx, {
            userId: user.id,
            action: archive ? "item.archive" : "item.restore",
            entityType: "Item",
            entityId: id,
            itemId: id,
            summary: msg(archive ? "audit.archived" : "audit.restored"),
            before: { archived: !archive },
            after: { archived: archive },
          });
          return current.titleEn;
        });
        return done(msg(archive ? "a.archived" : "a.restored", { name: title }), id);
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
            include: {
              ...auditItem,
              coSponsorships: { select: { economyCode: true } },
              milestones: { select: { title: true } },
              reports: { select: { meeting: { select: { shortName: true, name: true } } } },
            },
          });
          if (!current) throw new RefusedError(msg("a.itemGone"));
          if (!current.archivedAt) throw new RefusedError(msg("a.archiveFirst"));
          if (current.version !== version) throw new RefusedError(msg("a.staleReload"));
          await tx.item.delete({ where: { id } });
          if (current.seedKey) await tx.deletedSeedRecord.create({ data: { seedKey: current.seedKey } });
          await recordAudit(tx, {
            userId: user.id,
            action: "item.delete",
            entityType: "Item",
            entityId: id,
            itemId: id,
            summary: msg("audit.itemDeleted", { title: current.titleEn, titleZh: current.titleZh ?? current.titleEn }),
            before: {
              ...itemToFormValues(current),
              coSponsors: current.coSponsorships.map((c) => c.economyCode),
              milestones: current.milestones.map((m) => m.title),
              meetings: current.reports.map((r) => r.meeting.shortName ?? r.meeting.name),
            },
          });
          return current.titleEn;
        });
        return done(msg("a.deleted", { name: title }));
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
          const items = await tx.item.findMany({
            where: { id: { in: input.ids }, archivedAt: null },
            select: { id: true, titleEn: true, status: true, proposerCode: true },
          });
          if (items.length !== new Set(input.ids).size) throw new RefusedError(msg("a.bulkStale"));
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
                summary: msg("audit.bulkStatus", { status: input.status }),
                before: { status: item.status },
                after: { status: input.status },
              });
              count++;
            }
            return count;
          }
          const economy = await tx.economy.findUnique({ where: { code: input.economyCode } });
          if (!economy)
            throw new RefusedError(msg("a.unknownEconomy", { code: input.economyCode }), {
              economyCode: [msg("a.unknownEconomy", { code: input.economyCode })],
            });
          const existing = new Map(
            (await tx.coSponsorship.findMany({ where: { itemId: { in: input.ids }, economyCode: input.economyCode } })).map((c) => [c.itemId, c]),
          );
          for (const item of items) {
            const before = existing.get(item.id);
            if (item.proposerCode === input.economyCode || (before && !before.withdrawnOn)) continue;
            // A withdrawn co-sponsor that joins again gets its row back, as in addCoSponsor.
            await tx.coSponsorship.upsert({
              where: { itemId_economyCode: { itemId: item.id, economyCode: input.economyCode } },
              create: { itemId: item.id, economyCode: input.economyCode },
              update: { joinedOn: null, withdrawnOn: null },
            });
            await recordAudit(tx, {
              userId: user.id,
              action: "cosponsor.add",
              entityType: "CoSponsorship",
              entityId: `${item.id}:${input.economyCode}`,
              itemId: item.id,
              summary: msg(before ? "audit.coSponsorAgain" : "audit.bulkCoSponsor", economyNames(economy)),
              before: before ? { joinedOn: before.joinedOn, withdrawnOn: before.withdrawnOn } : null,
              after: { economy: input.economyCode, joinedOn: null, withdrawnOn: null },
            });
            count++;
          }
          return count;
        });
        return done(msg("a.bulkDone", { changed, unchanged: input.ids.length - changed }));
      },
    },
    formData,
  );
}
