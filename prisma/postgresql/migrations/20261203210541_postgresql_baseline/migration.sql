-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('INITIATIVE', 'APEC_FUNDED', 'SELF_FUNDED');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('PROPOSED', 'APPROVED', 'IN_IMPLEMENTATION', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "FundAccount" AS ENUM ('GENERAL_PROJECT_ACCOUNT', 'TILF_SPECIAL_ACCOUNT', 'APEC_SUPPORT_FUND', 'SELF_FUNDED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'QUARTER', 'YEAR', 'ANCHOR', 'UNDATED');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('MEETING', 'WORKSHOP', 'OTHER');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('PLANNED', 'DONE', 'LATE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('INTERNATIONAL_ORGANISATION', 'APEC_BODY', 'BUSINESS');

-- CreateTable
CREATE TABLE "Economy" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "nameZh" TEXT NOT NULL,
    "apecOrder" INTEGER NOT NULL,

    CONSTRAINT "Economy_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "kind" "OrganisationKind" NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "parentId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportSubFund" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SupportSubFund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "seedKey" TEXT,
    "kind" "ItemKind",
    "forumId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "projectNumber" TEXT,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "proposerCode" TEXT NOT NULL,
    "status" "ItemStatus" NOT NULL,
    "fundAccount" "FundAccount",
    "subFundId" INTEGER,
    "apecFundingUsd" INTEGER,
    "coFundingUsd" INTEGER,
    "overseer" TEXT,
    "expectedStart" TEXT,
    "expectedEnd" TEXT,
    "summary" TEXT,
    "notes" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoSponsorship" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "economyCode" TEXT NOT NULL,
    "joinedOn" TEXT,
    "withdrawnOn" TEXT,

    CONSTRAINT "CoSponsorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleZh" TEXT,
    "precision" "DatePrecision" NOT NULL,
    "dueStart" TEXT,
    "dueEnd" TEXT,
    "anchor" TEXT,
    "meetingId" INTEGER,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'PLANNED',
    "completedOn" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "seedKey" TEXT,
    "kind" "MeetingKind" NOT NULL DEFAULT 'MEETING',
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingItem" (
    "meetingId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "agendaItem" TEXT,
    "note" TEXT,

    CONSTRAINT "MeetingItem_pkey" PRIMARY KEY ("meetingId","itemId")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" INTEGER NOT NULL,
    "economyCode" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","economyCode")
);

-- CreateTable
CREATE TABLE "MeetingOrganisation" (
    "meetingId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "MeetingOrganisation_pkey" PRIMARY KEY ("meetingId","organisationId")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "period" TEXT NOT NULL,
    "theme" TEXT,
    "themeZh" TEXT,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Priority" (
    "id" SERIAL NOT NULL,
    "frameworkId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,

    CONSTRAINT "Priority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemPriority" (
    "itemId" INTEGER NOT NULL,
    "priorityId" INTEGER NOT NULL,

    CONSTRAINT "ItemPriority_pkey" PRIMARY KEY ("itemId","priorityId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "locale" TEXT,
    "tableColumns" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "label" TEXT,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AccessToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMP(3) NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "itemId" INTEGER,
    "summary" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeletedSeedRecord" (
    "seedKey" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletedSeedRecord_pkey" PRIMARY KEY ("seedKey")
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
CREATE INDEX "Item_year_kind_archivedAt_idx" ON "Item"("year", "kind", "archivedAt");

-- CreateIndex
CREATE INDEX "Item_status_idx" ON "Item"("status");

-- CreateIndex
CREATE INDEX "CoSponsorship_economyCode_idx" ON "CoSponsorship"("economyCode");

-- CreateIndex
CREATE INDEX "CoSponsorship_itemId_withdrawnOn_idx" ON "CoSponsorship"("itemId", "withdrawnOn");

-- CreateIndex
CREATE UNIQUE INDEX "CoSponsorship_itemId_economyCode_key" ON "CoSponsorship"("itemId", "economyCode");

-- CreateIndex
CREATE INDEX "Milestone_itemId_status_dueEnd_idx" ON "Milestone"("itemId", "status", "dueEnd");

-- CreateIndex
CREATE INDEX "Milestone_dueEnd_idx" ON "Milestone"("dueEnd");

-- CreateIndex
CREATE INDEX "Milestone_status_dueEnd_idx" ON "Milestone"("status", "dueEnd");

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
CREATE UNIQUE INDEX "AccessToken_hash_key" ON "AccessToken"("hash");

-- CreateIndex
CREATE INDEX "AccessToken_userId_purpose_idx" ON "AccessToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_itemId_at_idx" ON "AuditEvent"("itemId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_idx" ON "AuditEvent"("userId");

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_proposerCode_fkey" FOREIGN KEY ("proposerCode") REFERENCES "Economy"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_subFundId_fkey" FOREIGN KEY ("subFundId") REFERENCES "SupportSubFund"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoSponsorship" ADD CONSTRAINT "CoSponsorship_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoSponsorship" ADD CONSTRAINT "CoSponsorship_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOrganisation" ADD CONSTRAINT "MeetingOrganisation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOrganisation" ADD CONSTRAINT "MeetingOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemPriority" ADD CONSTRAINT "ItemPriority_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemPriority" ADD CONSTRAINT "ItemPriority_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessToken" ADD CONSTRAINT "AccessToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
