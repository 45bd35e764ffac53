-- The work plan sorted by next milestone orders every live item by whether it has an open
-- milestone, then by its stored key, then by year (lib/items/table-sql.ts); without an index
-- that serves the order, SQLite sorted all 10,000 items for each page (3.1 ms at page 50, against
-- 0.5 ms through this index). An index on expressions, which the Prisma schema cannot describe;
-- the order's expressions must read exactly as these for SQLite to use it. Not partial (WHERE
-- "archivedAt" IS NULL): SQLite then chose it to scan for every query of live items, and a text
-- search's count went from 1.9 to 3.7 ms.
CREATE INDEX "Item_nextDue_order_idx" ON "Item"(("nextDueKey" IS NULL), "nextDueKey", "year" DESC);
