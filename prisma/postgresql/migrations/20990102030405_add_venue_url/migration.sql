-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "venueUrl" TEXT;
