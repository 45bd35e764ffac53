-- DropIndex
DROP INDEX "Item_year_idx";

-- CreateIndex
CREATE INDEX "Item_year_kind_archivedAt_idx" ON "Item"("year", "kind", "archivedAt");

-- CreateIndex
CREATE INDEX "Milestone_status_dueEnd_idx" ON "Milestone"("status", "dueEnd");
