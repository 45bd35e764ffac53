import "server-only";
import { db } from ".";
import type { Prisma } from "./generated/client";

/**
 * A list cut short, with its size: how many rows `from` (a FROM … WHERE clause) holds, and the
 * `id`s of `limit` of them in `order` (an ORDER BY clause), after skipping `offset`. Lists of the
 * whole record run to thousands; a page shows a few and links to the rest.
 */
export async function firstOf(id: Prisma.Sql, from: Prisma.Sql, order: Prisma.Sql, limit: number, offset = 0): Promise<{ total: number; ids: number[] }> {
  const [[counted], rows] = await Promise.all([
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" ${from}`,
    db.$queryRaw<{ id: number | bigint }[]>`SELECT ${id} AS "id" ${from} ${order} LIMIT ${limit} OFFSET ${offset}`,
  ]);
  return { total: Number(counted?.n ?? 0), ids: rows.map((row) => Number(row.id)) };
}
