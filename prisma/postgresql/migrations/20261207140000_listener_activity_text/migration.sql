-- AlterTable
ALTER TABLE "ListenerActivity" ADD COLUMN     "text" TEXT;

