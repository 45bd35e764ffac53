import "server-only";
import { db } from "../db";

/** How many live items an economy currently co-sponsors, per work-plan year and kind. */
export function readBackedByYear(code: string) {
  return db.$queryRaw<{ year: number | bigint; kind: string | null; n: number | bigint }[]>`
    SELECT i."year" AS "year", i."kind" AS "kind", COUNT(*) AS "n" FROM "CoSponsorship" c JOIN "Item" i ON i."id" = c."itemId"
    WHERE c."economyCode" = ${code} AND c."withdrawnOn" IS NULL AND i."archivedAt" IS NULL GROUP BY i."year", i."kind"`;
}
