-- CreateEnum
CREATE TYPE "DelegationRole" AS ENUM ('HEAD', 'DELEGATE', 'ADVISER');

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "inferredFields" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "dateAnchor" TEXT,
ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ADD COLUMN     "external" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "organiser" TEXT,
ADD COLUMN     "purpose" TEXT,
ADD COLUMN     "reportSummary" TEXT,
ADD COLUMN     "reportTitle" TEXT,
ALTER COLUMN "startDate" DROP NOT NULL,
ALTER COLUMN "endDate" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "inferredFields" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "nameEn" TEXT,
ADD COLUMN     "nameZh" TEXT;

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "number" TEXT,
    "headingEn" TEXT NOT NULL,
    "headingZh" TEXT,
    "discussion" TEXT,
    "decisions" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemWorkItem" (
    "agendaItemId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,

    CONSTRAINT "AgendaItemWorkItem_pkey" PRIMARY KEY ("agendaItemId","itemId")
);

-- CreateTable
CREATE TABLE "AgendaSpeaker" (
    "id" SERIAL NOT NULL,
    "agendaItemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "organisation" TEXT,
    "economyCode" TEXT,

    CONSTRAINT "AgendaSpeaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationMember" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "title" TEXT,
    "titleZh" TEXT,
    "role" "DelegationRole" NOT NULL DEFAULT 'DELEGATE',

    CONSTRAINT "DelegationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "position" INTEGER NOT NULL,
    "speaker" TEXT,
    "text" TEXT NOT NULL,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemWorkItem" ADD CONSTRAINT "AgendaItemWorkItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemWorkItem" ADD CONSTRAINT "AgendaItemWorkItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaSpeaker" ADD CONSTRAINT "AgendaSpeaker_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaSpeaker" ADD CONSTRAINT "AgendaSpeaker_economyCode_fkey" FOREIGN KEY ("economyCode") REFERENCES "Economy"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
