-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "gear" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "TaskReply" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'answer';

-- CreateTable
CREATE TABLE "GearReservation" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "reserved" BOOLEAN NOT NULL,
    "answer" TEXT NOT NULL,
    "lines" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GearReservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalLayout" (
    "id" TEXT NOT NULL,
    "portlets" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortalLayout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GearReservation_messageId_key" ON "GearReservation"("messageId");

-- CreateIndex
CREATE INDEX "GearReservation_requestId_idx" ON "GearReservation"("requestId");


-- Backfill (hand-added): replies stored before this migration from the Setup listener are its acknowledgements.
UPDATE "TaskReply" SET "kind" = 'ack' WHERE "from" = 'setup';
