import "server-only";
import { RefusedError } from "../actions/errors";
import { recordAudit } from "../audit/record";
import { lockRow, touchItem, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import { officeToday } from "../today";

// The rules of co-sponsorship, whichever way a change arrives (item page, bulk edit, import):
// the item must be open, the economy known, the proposer never co-sponsors, one row per item and
// economy, and every change moves the item's version on, so an export made before it is stale.
// Each change holds the item's row before it checks anything, as a change of proposer does, so two
// officers at once (or a new proposer and a new co-sponsor at once) take turns and the second sees
// what the first wrote.

async function openItem(tx: Tx, itemId: number) {
  await lockRow(tx, "Item", itemId);
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { proposerCode: true, archivedAt: true } });
  if (!item) throw new RefusedError(msg("a.itemGone"));
  if (item.archivedAt) throw new RefusedError(msg("a.archivedCoSponsors"));
  return item;
}

function summaryOf(actor: Actor, key: "audit.coSponsorAdded" | "audit.coSponsorAgain" | "audit.coSponsorWithdrew", names: Record<string, string>) {
  if (actor.importFile) return msg(`${key}Import`, { ...names, file: actor.importFile });
  if (actor.bulk && key === "audit.coSponsorAdded") return msg("audit.bulkCoSponsor", names);
  return msg(key, names);
}

export interface AddCoSponsor {
  itemId: number;
  economyCode: string;
  joinedOn: string | null;
}

/**
 * Adds a co-sponsor, or brings a withdrawn one back on its own row. `ifAbsent` (a bulk edit) passes
 * over the proposer and economies that already co-sponsor instead of refusing them. Returns the
 * economy's names, or null when nothing changed.
 */
type EconomyNames = ReturnType<typeof economyNames>;
export async function addCoSponsor(tx: Tx, actor: Actor, input: AddCoSponsor): Promise<EconomyNames>;
export async function addCoSponsor(tx: Tx, actor: Actor, input: AddCoSponsor, options: { ifAbsent: true }): Promise<EconomyNames | null>;
export async function addCoSponsor(tx: Tx, actor: Actor, input: AddCoSponsor, options: { ifAbsent?: boolean } = {}): Promise<EconomyNames | null> {
  const { itemId, economyCode, joinedOn } = input;
  const [item, economy, existing] = await Promise.all([
    openItem(tx, itemId),
    tx.economy.findUnique({ where: { code: economyCode } }),
    tx.coSponsorship.findUnique({ where: { itemId_economyCode: { itemId, economyCode } } }),
  ]);
  if (!economy) throw new RefusedError(msg("a.fieldsNeedAttention"), { economyCode: [msg("a.unknownEconomy", { code: economyCode })] });
  const names = economyNames(economy);
  if (item.proposerCode === economyCode) {
    if (options.ifAbsent) return null;
    throw new RefusedError(msg("a.proposerCannotCoSponsor", names));
  }
  if (existing && !existing.withdrawnOn) {
    if (options.ifAbsent) return null;
    throw new RefusedError(msg("a.alreadyCoSponsor", names));
  }
  await tx.coSponsorship.upsert({
    where: { itemId_economyCode: { itemId, economyCode } },
    create: { itemId, economyCode, joinedOn },
    update: { joinedOn, withdrawnOn: null },
  });
  await touchItem(tx, itemId);
  await recordAudit(tx, {
    userId: actor.id,
    action: "cosponsor.add",
    entityType: "CoSponsorship",
    entityId: `${itemId}:${economyCode}`,
    itemId,
    summary: summaryOf(actor, existing ? "audit.coSponsorAgain" : "audit.coSponsorAdded", names),
    before: existing ? { joinedOn: existing.joinedOn, withdrawnOn: existing.withdrawnOn } : null,
    after: { economy: economyCode, joinedOn, withdrawnOn: null },
  });
  return names;
}

export interface WithdrawCoSponsor {
  itemId: number;
  economyCode: string;
  /** The office's today when not given. */
  withdrawnOn: string | null;
}

/** An economy that stops co-sponsoring keeps its row, with the day it withdrew. */
export async function withdrawCoSponsor(tx: Tx, actor: Actor, input: WithdrawCoSponsor) {
  const { itemId, economyCode } = input;
  await openItem(tx, itemId);
  const existing = await tx.coSponsorship.findUnique({ where: { itemId_economyCode: { itemId, economyCode } }, include: { economy: true } });
  if (!existing || existing.withdrawnOn) throw new RefusedError(msg("a.notCoSponsor"));
  const day = input.withdrawnOn ?? officeToday();
  if (existing.joinedOn && day < existing.joinedOn) {
    throw new RefusedError(msg("a.withdrawBeforeJoin"), { withdrawnOn: [msg("a.withdrawBeforeJoin")] });
  }
  await tx.coSponsorship.update({ where: { id: existing.id }, data: { withdrawnOn: day } });
  await touchItem(tx, itemId);
  const names = economyNames(existing.economy);
  await recordAudit(tx, {
    userId: actor.id,
    action: "cosponsor.withdraw",
    entityType: "CoSponsorship",
    entityId: `${itemId}:${economyCode}`,
    itemId,
    summary: summaryOf(actor, "audit.coSponsorWithdrew", names),
    before: { withdrawnOn: null },
    after: { withdrawnOn: day },
  });
  return names;
}

/** For a co-sponsor entered by mistake: the row goes, the audit trail keeps that it was there. */
export async function removeCoSponsor(tx: Tx, actor: Actor, input: { itemId: number; economyCode: string }) {
  const { itemId, economyCode } = input;
  await openItem(tx, itemId);
  const existing = await tx.coSponsorship.findUnique({ where: { itemId_economyCode: { itemId, economyCode } }, include: { economy: true } });
  if (!existing) throw new RefusedError(msg("a.notCoSponsor"));
  await tx.coSponsorship.delete({ where: { id: existing.id } });
  await touchItem(tx, itemId);
  const names = economyNames(existing.economy);
  await recordAudit(tx, {
    userId: actor.id,
    action: "cosponsor.remove",
    entityType: "CoSponsorship",
    entityId: `${itemId}:${economyCode}`,
    itemId,
    summary: msg("audit.coSponsorRemoved", names),
    before: { economy: economyCode, joinedOn: existing.joinedOn, withdrawnOn: existing.withdrawnOn },
  });
  return names;
}

// Co-sponsors as one column of an item's row (the import's items sheet): the same rules, but the
// row's own update moves its version and records the change in its one audit event.

/** Withdraws economies the row no longer lists, as of the office's today; returns that day. */
export async function withdrawForRow(tx: Tx, itemId: number, codes: string[]) {
  const day = officeToday();
  if (!codes.length) return null;
  const rows = await tx.coSponsorship.findMany({ where: { itemId, economyCode: { in: codes } } });
  for (const economyCode of codes) {
    const row = rows.find((candidate) => candidate.economyCode === economyCode);
    if (!row || row.withdrawnOn) throw new RefusedError(msg("a.notCoSponsor"));
    if (row.joinedOn && day < row.joinedOn) throw new RefusedError(msg("a.withdrawBeforeJoin"));
  }
  await tx.coSponsorship.updateMany({ where: { itemId, economyCode: { in: codes } }, data: { withdrawnOn: day } });
  return day;
}

/** Adds economies the row newly lists; a withdrawn one gets its row back. */
export async function joinForRow(tx: Tx, itemId: number, codes: string[]) {
  if (!codes.length) return;
  const [item, known, rows] = await Promise.all([
    tx.item.findUniqueOrThrow({ where: { id: itemId }, select: { proposerCode: true } }),
    tx.economy.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    tx.coSponsorship.findMany({ where: { itemId, economyCode: { in: codes }, withdrawnOn: null } }),
  ]);
  for (const economyCode of codes) {
    if (!known.some((economy) => economy.code === economyCode)) await namesOf(tx, economyCode);
    if (economyCode === item.proposerCode) throw new RefusedError(msg("a.proposerCannotCoSponsor", await namesOf(tx, economyCode)));
    if (rows.some((row) => row.economyCode === economyCode)) throw new RefusedError(msg("a.alreadyCoSponsor", await namesOf(tx, economyCode)));
  }
  for (const economyCode of codes) {
    await tx.coSponsorship.upsert({
      where: { itemId_economyCode: { itemId, economyCode } },
      create: { itemId, economyCode },
      update: { joinedOn: null, withdrawnOn: null },
    });
  }
}

async function namesOf(tx: Tx, economyCode: string) {
  const economy = await tx.economy.findUnique({ where: { code: economyCode } });
  if (!economy) throw new RefusedError(msg("a.fieldsNeedAttention"), { economyCode: [msg("a.unknownEconomy", { code: economyCode })] });
  return economyNames(economy);
}
