-- The same index as SQLite's (see prisma/migrations/20261204233500_item_next_due_order_index):
-- the work plan's order by next milestone, served from an index instead of a sort of every item.
CREATE INDEX "Item_nextDue_order_idx" ON "Item"((("nextDueKey" IS NULL)), "nextDueKey", "year" DESC);
