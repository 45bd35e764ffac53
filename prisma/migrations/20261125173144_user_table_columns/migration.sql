-- AlterTable
ALTER TABLE "User" ADD COLUMN "tableColumns" TEXT;
