import "server-only";
import { db } from "../db";
import { Prisma } from "../db/generated/client";

export interface ViewRow {
  id: number;
  name: string;
  query: string;
  shared: boolean;
  ownerId: number;
  ownerName: string;
  subscribed: boolean;
}

type Flag = boolean | number | bigint;

/** SQLite answers a boolean column or test with 0 or 1, PostgreSQL with false or true. */
const isSet = (flag: Flag) => flag === true || Number(flag) === 1;

/**
 * The views an officer may open (their own, and those colleagues share), with each owner and
 * whether the officer subscribes: one statement, where the relations took three, because the
 * header reads it on every signed-in page.
 */
export async function viewRowsFor(userId: number): Promise<ViewRow[]> {
  const rows = await db.$queryRaw<{ id: number; name: string; query: string; shared: Flag; ownerId: number; ownerName: string; subscribed: Flag }[]>(
    Prisma.sql`SELECT v."id" AS "id", v."name" AS "name", v."query" AS "query", v."shared" AS "shared", u."id" AS "ownerId", u."name" AS "ownerName",
      EXISTS (SELECT 1 FROM "ViewSubscription" s WHERE s."viewId" = v."id" AND s."userId" = ${userId}) AS "subscribed"
    FROM "SavedView" v JOIN "User" u ON u."id" = v."ownerId"
    WHERE v."ownerId" = ${userId} OR v."shared" = TRUE`,
  );
  return rows.map((row) => ({ ...row, id: Number(row.id), ownerId: Number(row.ownerId), shared: isSet(row.shared), subscribed: isSet(row.subscribed) }));
}
