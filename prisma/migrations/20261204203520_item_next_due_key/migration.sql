-- AlterTable
ALTER TABLE "Item" ADD COLUMN "nextDueKey" TEXT;

-- Backfill: the same key lib/milestones/next-due-sql.ts keeps current on every milestone write.
UPDATE "Item" SET "nextDueKey" = (
  SELECT MIN(CASE WHEN m."dueEnd" IS NOT NULL THEN '0' || m."dueEnd" WHEN m."precision" = 'UNDATED' THEN '2' ELSE '1' END)
  FROM "Milestone" m WHERE m."itemId" = "Item"."id" AND m."status" IN ('PLANNED', 'LATE')
);
