-- CreateTable
CREATE TABLE "Economy" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "nameZh" TEXT NOT NULL,
    "apecOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "kind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "parentId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Forum_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Forum" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportSubFund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Item" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Item_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_proposerCode_fkey" FOREIGN KEY ("proposerCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_subFundId_fkey" FOREIGN KEY ("subFundId") REFERENCES "SupportSubFund" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoSponsorship" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "itemId" INTEGER NOT NULL,
    "economyCode" TEXT NOT NULL,
    "joinedOn" TEXT,
    "withdrawnOn" TEXT,
    CONSTRAINT "CoSponsorship_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CoSponsorship_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Milestone_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seedKey" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'MEETING',
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "shortName" TEXT,
    "forumId" INTEGER,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "place" TEXT,
    "format" TEXT,
    "chair" TEXT,
    "attendeeCount" INTEGER,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Meeting_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingItem" (
    "meetingId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "agendaItem" TEXT,
    "note" TEXT,

    PRIMARY KEY ("meetingId", "itemId"),
    CONSTRAINT "MeetingItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" INTEGER NOT NULL,
    "economyCode" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,

    PRIMARY KEY ("meetingId", "economyCode"),
    CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendance_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingOrganisation" (
    "meetingId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    PRIMARY KEY ("meetingId", "organisationId"),
    CONSTRAINT "MeetingOrganisation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "period" TEXT NOT NULL,
    "theme" TEXT,
    "themeZh" TEXT
);

-- CreateTable
CREATE TABLE "Priority" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "frameworkId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    CONSTRAINT "Priority_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemPriority" (
    "itemId" INTEGER NOT NULL,
    "priorityId" INTEGER NOT NULL,

    PRIMARY KEY ("itemId", "priorityId"),
    CONSTRAINT "ItemPriority_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemPriority_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'VIEWER',
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Economy_name_key" ON "Economy"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Economy_apecOrder_key" ON "Economy"("apecOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_code_key" ON "Organisation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Forum_code_key" ON "Forum"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SupportSubFund_name_key" ON "SupportSubFund"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Item_seedKey_key" ON "Item"("seedKey");

-- CreateIndex
CREATE UNIQUE INDEX "Item_projectNumber_key" ON "Item"("projectNumber");

-- CreateIndex
CREATE INDEX "Item_proposerCode_idx" ON "Item"("proposerCode");

-- CreateIndex
CREATE INDEX "Item_year_idx" ON "Item"("year");

-- CreateIndex
CREATE INDEX "Item_status_idx" ON "Item"("status");

-- CreateIndex
CREATE INDEX "CoSponsorship_economyCode_idx" ON "CoSponsorship"("economyCode");

-- CreateIndex
CREATE UNIQUE INDEX "CoSponsorship_itemId_economyCode_key" ON "CoSponsorship"("itemId", "economyCode");

-- CreateIndex
CREATE INDEX "Milestone_itemId_idx" ON "Milestone"("itemId");

-- CreateIndex
CREATE INDEX "Milestone_dueEnd_idx" ON "Milestone"("dueEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_seedKey_key" ON "Meeting"("seedKey");

-- CreateIndex
CREATE INDEX "Meeting_startDate_idx" ON "Meeting"("startDate");

-- CreateIndex
CREATE INDEX "MeetingItem_itemId_idx" ON "MeetingItem"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_code_key" ON "Framework"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Priority_frameworkId_number_key" ON "Priority"("frameworkId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_idx" ON "AuditEvent"("userId");
