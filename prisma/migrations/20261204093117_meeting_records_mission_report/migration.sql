-- AlterTable
ALTER TABLE "Office" ADD COLUMN "nameEn" TEXT;
ALTER TABLE "Office" ADD COLUMN "nameZh" TEXT;

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "number" TEXT,
    "headingEn" TEXT NOT NULL,
    "headingZh" TEXT,
    "discussion" TEXT,
    "decisions" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItemWorkItem" (
    "agendaItemId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,

    PRIMARY KEY ("agendaItemId", "itemId"),
    CONSTRAINT "AgendaItemWorkItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaItemWorkItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaSpeaker" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agendaItemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "organisation" TEXT,
    "economyCode" TEXT,
    CONSTRAINT "AgendaSpeaker_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaSpeaker_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DelegationMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "title" TEXT,
    "titleZh" TEXT,
    "role" TEXT NOT NULL DEFAULT 'DELEGATE',
    CONSTRAINT "DelegationMember_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "position" INTEGER NOT NULL,
    "speaker" TEXT,
    "text" TEXT NOT NULL,
    CONSTRAINT "Intervention_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Intervention_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Recommendation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seedKey" TEXT,
    "kind" TEXT,
    "forumId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "projectNumber" TEXT,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "proposerCode" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "fundAccount" TEXT,
    "subFundId" INTEGER,
    "apecFundingUsd" INTEGER,
    "coFundingUsd" INTEGER,
    "overseer" TEXT,
    "expectedStart" TEXT,
    "expectedEnd" TEXT,
    "summary" TEXT,
    "notes" TEXT,
    "archivedAt" DATETIME,
    "inferredFields" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Item_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_proposerCode_fkey" FOREIGN KEY ("proposerCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_subFundId_fkey" FOREIGN KEY ("subFundId") REFERENCES "SupportSubFund" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Item" ("apecFundingUsd", "archivedAt", "coFundingUsd", "createdAt", "expectedEnd", "expectedStart", "forumId", "fundAccount", "id", "kind", "notes", "overseer", "projectNumber", "proposerCode", "seedKey", "status", "subFundId", "summary", "titleEn", "titleZh", "updatedAt", "version", "year") SELECT "apecFundingUsd", "archivedAt", "coFundingUsd", "createdAt", "expectedEnd", "expectedStart", "forumId", "fundAccount", "id", "kind", "notes", "overseer", "projectNumber", "proposerCode", "seedKey", "status", "subFundId", "summary", "titleEn", "titleZh", "updatedAt", "version", "year" FROM "Item";
DROP TABLE "Item";
ALTER TABLE "new_Item" RENAME TO "Item";
CREATE UNIQUE INDEX "Item_seedKey_key" ON "Item"("seedKey");
CREATE UNIQUE INDEX "Item_projectNumber_key" ON "Item"("projectNumber");
CREATE INDEX "Item_proposerCode_idx" ON "Item"("proposerCode");
CREATE INDEX "Item_year_kind_archivedAt_idx" ON "Item"("year", "kind", "archivedAt");
CREATE INDEX "Item_status_idx" ON "Item"("status");
CREATE TABLE "new_Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seedKey" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'MEETING',
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "shortName" TEXT,
    "forumId" INTEGER,
    "datePrecision" TEXT NOT NULL DEFAULT 'DAY',
    "startDate" TEXT,
    "endDate" TEXT,
    "dateAnchor" TEXT,
    "external" BOOLEAN NOT NULL DEFAULT false,
    "organiser" TEXT,
    "place" TEXT,
    "format" TEXT,
    "chair" TEXT,
    "attendeeCount" INTEGER,
    "notes" TEXT,
    "reportTitle" TEXT,
    "reportSummary" TEXT,
    "purpose" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Meeting_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("attendeeCount", "chair", "createdAt", "endDate", "format", "forumId", "id", "kind", "name", "nameZh", "notes", "place", "seedKey", "shortName", "startDate", "updatedAt", "version") SELECT "attendeeCount", "chair", "createdAt", "endDate", "format", "forumId", "id", "kind", "name", "nameZh", "notes", "place", "seedKey", "shortName", "startDate", "updatedAt", "version" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE UNIQUE INDEX "Meeting_seedKey_key" ON "Meeting"("seedKey");
CREATE INDEX "Meeting_startDate_idx" ON "Meeting"("startDate");
CREATE TABLE "new_Milestone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "itemId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleZh" TEXT,
    "precision" TEXT NOT NULL,
    "dueStart" TEXT,
    "dueEnd" TEXT,
    "anchor" TEXT,
    "meetingId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "completedOn" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "inferredFields" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Milestone_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Milestone" ("anchor", "completedOn", "createdAt", "dueEnd", "dueStart", "id", "itemId", "meetingId", "note", "position", "precision", "status", "title", "titleZh", "updatedAt", "version") SELECT "anchor", "completedOn", "createdAt", "dueEnd", "dueStart", "id", "itemId", "meetingId", "note", "position", "precision", "status", "title", "titleZh", "updatedAt", "version" FROM "Milestone";
DROP TABLE "Milestone";
ALTER TABLE "new_Milestone" RENAME TO "Milestone";
CREATE INDEX "Milestone_itemId_status_dueEnd_idx" ON "Milestone"("itemId", "status", "dueEnd");
CREATE INDEX "Milestone_dueEnd_idx" ON "Milestone"("dueEnd");
CREATE INDEX "Milestone_status_dueEnd_idx" ON "Milestone"("status", "dueEnd");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "AgendaItemWorkItem_itemId_idx" ON "AgendaItemWorkItem"("itemId");

-- CreateIndex
CREATE INDEX "AgendaSpeaker_agendaItemId_position_idx" ON "AgendaSpeaker"("agendaItemId", "position");

-- CreateIndex
CREATE INDEX "DelegationMember_meetingId_position_idx" ON "DelegationMember"("meetingId", "position");

-- CreateIndex
CREATE INDEX "Intervention_meetingId_position_idx" ON "Intervention"("meetingId", "position");

-- CreateIndex
CREATE INDEX "Recommendation_meetingId_position_idx" ON "Recommendation"("meetingId", "position");
