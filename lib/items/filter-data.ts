import "server-only";
import { db } from "../db";
import type { Locale } from "../i18n/config";
import { economyName } from "../i18n/data";
import { msg } from "../i18n/message";
import type { FilterNames } from "./describe-filters";
import { readPlanYears } from "./rows-sql";
import type { ItemFilters } from "./schema";

/**
 * The first economy or forum code in the filters that names nothing, as a message; null when all
 * are known. A link naming an unknown economy must say so, not show an empty table.
 */
export async function unknownCodeIn(filters: Pick<ItemFilters, "proposer" | "coSponsor" | "forum">): Promise<string | null> {
  const economies = [...new Set([...(filters.proposer ?? []), ...(filters.coSponsor ?? [])])];
  const fora = filters.forum ?? [];
  const [knownEconomies, knownFora] = await Promise.all([
    economies.length ? db.economy.findMany({ where: { code: { in: economies } }, select: { code: true } }) : [],
    fora.length ? db.forum.findMany({ where: { code: { in: fora } }, select: { code: true } }) : [],
  ]);
  const economy = economies.find((code) => !knownEconomies.some((known) => known.code === code));
  if (economy) return msg("a.unknownEconomy", { code: economy });
  const forum = fora.find((code) => !knownFora.some((known) => known.code === code));
  return forum ? msg("a.unknownForum", { code: forum }) : null;
}

type NamedEconomy = { code: string; name: string; shortName: string | null; nameZh: string | null };
type NamedForum = { code: string; name: string; nameZh: string | null };

/** Economy and forum names in the reader's language, for saying in words what a view shows. */
export async function filterNames(locale: Locale): Promise<FilterNames> {
  const [economies, fora] = await Promise.all([
    db.economy.findMany({ select: { code: true, name: true, shortName: true, nameZh: true } }),
    db.forum.findMany({ select: { code: true, name: true, nameZh: true } }),
  ]);
  return namesOf(economies, fora, locale);
}

/**
 * The same names from economies and forums already read (the filter form's options): a page that
 * shows the form need not read both tables twice.
 */
export function filterNamesFrom(options: { economies: NamedEconomy[]; fora: NamedForum[] }, locale: Locale): FilterNames {
  return namesOf(options.economies, options.fora, locale);
}

function namesOf(economies: NamedEconomy[], fora: NamedForum[], locale: Locale): FilterNames {
  const economyNames = new Map(economies.map((economy) => [economy.code, economyName(economy, locale)]));
  const forumNames = new Map(fora.map((forum) => [forum.code, locale === "zh-TW" && forum.nameZh ? forum.nameZh : forum.name]));
  return { economy: (code) => economyNames.get(code) ?? code, forum: (code) => forumNames.get(code) ?? code };
}

/** The choices the filter form offers: every economy and forum, and the years the plan covers. */
export async function filterOptions() {
  const [economies, fora, years] = await Promise.all([
    db.economy.findMany({ select: { code: true, name: true, shortName: true, nameZh: true }, orderBy: { apecOrder: "asc" } }),
    db.forum.findMany({ select: { code: true, name: true, nameZh: true }, orderBy: { sortOrder: "asc" } }),
    readPlanYears(),
  ]);
  return { economies, fora, years };
}
