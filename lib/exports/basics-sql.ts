// The whole-plan workbook reads every item three times over (see lib/exports/xlsx.ts); these
// reads are plain SQL, which costs a fraction of Prisma's relation loading at 50,000 rows.
import "server-only";
import { db } from "../db";
import { Prisma } from "../db/generated/client";
import type { ItemStatus } from "../db/generated/enums";
import type { ExportMilestone } from "./rows";

type Numeric = number | bigint;

/** Every milestone of these items, all of each, in no particular order. */
export function readMilestonesOf(itemIds: number[]) {
  return db.$queryRaw<
    (Omit<ExportMilestone, "id" | "itemId" | "position" | "version"> & { id: Numeric; itemId: Numeric; position: Numeric; version: Numeric })[]
  >`
    SELECT "id", "itemId", "title", "titleZh", "precision", "dueStart", "dueEnd", "anchor", "status", "completedOn", "note", "position", "version"
    FROM "Milestone" WHERE "itemId" IN (${Prisma.join(itemIds)})`;
}

/** What the workbook's sheets name each of these items by. */
export function readItemBasics(ids: number[]) {
  return db.$queryRaw<
    { id: Numeric; year: Numeric; titleEn: string; titleZh: string | null; projectNumber: string | null; proposerCode: string; status: ItemStatus }[]
  >`
    SELECT "id", "year", "titleEn", "titleZh", "projectNumber", "proposerCode", "status" FROM "Item" WHERE "id" IN (${Prisma.join(ids)})`;
}

/** These items' current co-sponsors, in APEC's order. */
export function readCurrentCoSponsors(ids: number[]) {
  return db.$queryRaw<{ itemId: Numeric; economyCode: string; joinedOn: string | null }[]>`
    SELECT c."itemId" AS "itemId", c."economyCode" AS "economyCode", c."joinedOn" AS "joinedOn" FROM "CoSponsorship" c JOIN "Economy" e ON e."code" = c."economyCode"
    WHERE c."withdrawnOn" IS NULL AND c."itemId" IN (${Prisma.join(ids)}) ORDER BY e."apecOrder"`;
}
