"use server";

import { revalidatePath } from "next/cache";
import { parseOriginal, threeWay } from "../actions/conflict";
import { ConflictError, RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { changedFields, recordAudit, type Tx } from "../audit/record";
import { db } from "../db";
import { msg } from "../i18n/message";
import { officeToday } from "../today";
import { formatDue } from "./due";
import { milestoneToFormValues } from "./form-values";
import { compareMilestones, shareDate } from "./order";
import { addMilestoneSchema, completeMilestoneSchema, deleteMilestoneSchema, editMilestoneSchema, moveMilestoneSchema } from "./schema";

const AUDITED = ["title", "titleZh", "precision", "dueStart", "dueEnd", "anchor", "status", "completedOn", "note"] as const;

function snapshot(milestone: Record<(typeof AUDITED)[number], unknown>) {
  return Object.fromEntries(AUDITED.map((key) => [key, milestone[key] ?? null]));
}

function done(message: string, itemId: number): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, id: itemId };
}

async function openItem(tx: Tx, itemId: number) {
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
  if (!item) throw new RefusedError(msg("a.itemGone"));
  if (item.archivedAt) throw new RefusedError(msg("a.archivedMilestones"));
}

export async function addMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: addMilestoneSchema,
      run: async ({ itemId, ...fields }, user) => {
        await db.$transaction(async (tx) => {
          await openItem(tx, itemId);
          const last = await tx.milestone.aggregate({ where: { itemId }, _max: { position: true } });
          const created = await tx.milestone.create({ data: { ...fields, itemId, position: (last._max.position ?? -1) + 1 } });
          await recordAudit(tx, {
            userId: user.id,
            action: "milestone.create",
            entityType: "Milestone",
            entityId: created.id,
            itemId,
            summary: msg("audit.milestoneAdded", {
              title: created.title,
              titleZh: created.titleZh ?? created.title,
              due: formatDue(created),
              dueZh: formatDue(created, "zh-TW"),
            }),
            after: snapshot(created),
          });
        });
        return done(msg("a.milestoneAdded", { title: fields.title }), itemId);
      },
    },
    formData,
  );
}

export async function editMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: editMilestoneSchema,
      run: async ({ id, version, original: originalText, ...typed }, user) => {
        const itemId = await db.$transaction(async (tx) => {
          const current = await tx.milestone.findUnique({ where: { id } });
          if (!current) throw new RefusedError(msg("a.milestoneGone"));
          await openItem(tx, current.itemId);
          // The form shows an anchor without its days; an unchanged anchor keeps the days it has
          // (e.g. the meeting's), instead of losing them on every save.
          const keepsDays = typed.precision === "ANCHOR" && current.precision === "ANCHOR" && typed.anchor === current.anchor;
          const fields = keepsDays ? { ...typed, dueStart: current.dueStart, dueEnd: current.dueEnd } : typed;
          const diff = changedFields(snapshot(current), fields);
          if (current.version !== version) {
            const saved = milestoneToFormValues(current);
            const { fields: conflicting, merged } = threeWay(parseOriginal(originalText), milestoneToFormValues(fields), saved);
            throw new ConflictError(current.version, conflicting, merged, saved);
          }
          if (diff.changed.length === 0) return current.itemId;
          const { count } = await tx.milestone.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
          if (count === 0) {
            const latest = await tx.milestone.findUniqueOrThrow({ where: { id } });
            const saved = milestoneToFormValues(latest);
            const { fields: conflicting, merged } = threeWay(parseOriginal(originalText), milestoneToFormValues(fields), saved);
            throw new ConflictError(latest.version, conflicting, merged, saved);
          }
          await recordAudit(tx, {
            userId: user.id,
            action: "milestone.update",
            entityType: "Milestone",
            entityId: id,
            itemId: current.itemId,
            summary: msg("audit.milestoneUpdated", { title: current.title, titleZh: current.titleZh ?? current.title, fields: diff.changed.join(",") }),
            before: diff.before,
            after: diff.after,
          });
          return current.itemId;
        });
        return done(msg("a.saved"), itemId);
      },
    },
    formData,
  );
}

export async function completeMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: completeMilestoneSchema,
      run: async ({ id, version, completedOn }, user) => {
        const itemId = await db.$transaction(async (tx) => {
          const current = await tx.milestone.findUnique({ where: { id } });
          if (!current) throw new RefusedError(msg("a.milestoneGone"));
          await openItem(tx, current.itemId);
          if (current.status === "DONE") throw new RefusedError(msg("a.alreadyDone"));
          const day = completedOn ?? officeToday();
          const { count } = await tx.milestone.updateMany({
            where: { id, version },
            data: { status: "DONE", completedOn: day, version: { increment: 1 } },
          });
          if (count === 0) throw new RefusedError(msg("a.staleReload"));
          await recordAudit(tx, {
            userId: user.id,
            action: "milestone.complete",
            entityType: "Milestone",
            entityId: id,
            itemId: current.itemId,
            summary: msg("audit.milestoneDone", { title: current.title, titleZh: current.titleZh ?? current.title }),
            before: { status: current.status, completedOn: current.completedOn },
            after: { status: "DONE", completedOn: day },
          });
          return current.itemId;
        });
        return done(msg("a.markedDone"), itemId);
      },
    },
    formData,
  );
}

/**
 * Milestones show in time order; officers order those that share a date (or have none). This swaps
 * two such neighbours, renumbering positions in display order so old ties cannot block it.
 */
export async function moveMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: moveMilestoneSchema,
      run: async ({ id, otherId }, user) => {
        const itemId = await db.$transaction(async (tx) => {
          const [current, other] = await Promise.all([tx.milestone.findUnique({ where: { id } }), tx.milestone.findUnique({ where: { id: otherId } })]);
          if (!current || !other || current.itemId !== other.itemId || id === otherId) throw new RefusedError(msg("a.cannotSwap"));
          await openItem(tx, current.itemId);
          if (!shareDate(current, other)) throw new RefusedError(msg("a.followDates"));
          const ordered = (await tx.milestone.findMany({ where: { itemId: current.itemId } })).sort(compareMilestones);
          const positions = new Map(ordered.map((m, index) => [m.id, index]));
          positions.set(
            id,
            ordered.findIndex((m) => m.id === otherId),
          );
          positions.set(
            otherId,
            ordered.findIndex((m) => m.id === id),
          );
          for (const milestone of ordered) {
            const position = positions.get(milestone.id)!;
            if (position !== milestone.position) await tx.milestone.update({ where: { id: milestone.id }, data: { position } });
          }
          await recordAudit(tx, {
            userId: user.id,
            action: "milestone.move",
            entityType: "Milestone",
            entityId: id,
            itemId: current.itemId,
            summary: msg(positions.get(id)! < positions.get(otherId)! ? "audit.movedBefore" : "audit.movedAfter", {
              title: current.title,
              titleZh: current.titleZh ?? current.title,
              other: other.title,
              otherZh: other.titleZh ?? other.title,
            }),
            before: { position: current.position },
            after: { position: positions.get(id) },
          });
          return current.itemId;
        });
        return done(msg("a.moved"), itemId);
      },
    },
    formData,
  );
}

export async function deleteMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: deleteMilestoneSchema,
      run: async ({ id, version }, user) => {
        const itemId = await db.$transaction(async (tx) => {
          const current = await tx.milestone.findUnique({ where: { id } });
          if (!current) throw new RefusedError(msg("a.milestoneGone"));
          await openItem(tx, current.itemId);
          if (current.version !== version) throw new RefusedError(msg("a.staleReload"));
          await tx.milestone.delete({ where: { id } });
          await recordAudit(tx, {
            userId: user.id,
            action: "milestone.delete",
            entityType: "Milestone",
            entityId: id,
            itemId: current.itemId,
            summary: msg("audit.milestoneRemoved", { title: current.title, titleZh: current.titleZh ?? current.title }),
            before: snapshot(current),
          });
          return current.itemId;
        });
        return done(msg("a.milestoneRemoved"), itemId);
      },
    },
    formData,
  );
}
