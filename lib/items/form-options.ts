import "server-only";
import { db } from "../db";
import { FUND_ACCOUNT_LABEL, ITEM_KIND_LABEL, ITEM_STATUS_LABEL, economyLabel } from "../labels";

/** The choices the item form offers, from the database and the enums. */
export async function itemFormOptions() {
  const [economies, fora, subFunds] = await Promise.all([
    db.economy.findMany({ orderBy: { apecOrder: "asc" }, select: { code: true, name: true, shortName: true } }),
    db.forum.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
    db.supportSubFund.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    economies: economies.map((e) => ({ value: e.code, label: economyLabel(e) })),
    fora: fora.map((f) => ({ value: f.code, label: `${f.code}: ${f.name}` })),
    subFunds: subFunds.map((s) => ({ value: String(s.id), label: s.name })),
    kinds: Object.entries(ITEM_KIND_LABEL).map(([value, label]) => ({ value, label })),
    statuses: Object.entries(ITEM_STATUS_LABEL).map(([value, label]) => ({ value, label })),
    fundAccounts: Object.entries(FUND_ACCOUNT_LABEL).map(([value, label]) => ({ value, label })),
  };
}
