import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "../db";
import type { Locale } from "../i18n/config";
import { economyName } from "../i18n/data";

/** The choices the item form offers, from the database and the enums, in the reader's language. */
export async function itemFormOptions() {
  const [economies, fora, subFunds, locale, kinds, statuses, funds] = await Promise.all([
    db.economy.findMany({ orderBy: { apecOrder: "asc" }, select: { code: true, name: true, shortName: true, nameZh: true } }),
    db.forum.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true, nameZh: true } }),
    db.supportSubFund.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, nameZh: true } }),
    getLocale(),
    getTranslations("enums.itemKind"),
    getTranslations("enums.itemStatus"),
    getTranslations("enums.fundAccount"),
  ]);
  const zh = (locale as Locale) === "zh-TW";
  return {
    economies: economies.map((e) => ({ value: e.code, label: economyName(e, locale as Locale) })),
    fora: fora.map((f) => ({ value: f.code, label: `${f.code}: ${zh && f.nameZh ? f.nameZh : f.name}` })),
    subFunds: subFunds.map((s) => ({ value: String(s.id), label: zh && s.nameZh ? s.nameZh : s.name })),
    kinds: (["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED"] as const).map((value) => ({ value, label: kinds(value) })),
    statuses: (["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"] as const).map((value) => ({ value, label: statuses(value) })),
    fundAccounts: (["GENERAL_PROJECT_ACCOUNT", "TILF_SPECIAL_ACCOUNT", "APEC_SUPPORT_FUND", "SELF_FUNDED"] as const).map((value) => ({
      value,
      label: funds(value),
    })),
  };
}
