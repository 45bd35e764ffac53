-- DropIndex
DROP INDEX "Milestone_itemId_idx";

-- CreateIndex
CREATE INDEX "CoSponsorship_itemId_withdrawnOn_idx" ON "CoSponsorship"("itemId", "withdrawnOn");

-- CreateIndex
CREATE INDEX "Milestone_itemId_status_dueEnd_idx" ON "Milestone"("itemId", "status", "dueEnd");
