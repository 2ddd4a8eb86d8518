-- CreateTable
CREATE TABLE "PortalLayout" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "portlets" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "GearReservation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "messageId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "reserved" BOOLEAN NOT NULL,
    "answer" TEXT NOT NULL,
    "lines" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "gear" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Task" ("createdAt", "description", "id", "name", "requestId", "status") SELECT "createdAt", "description", "id", "name", "requestId", "status" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_requestId_key" ON "Task"("requestId");
CREATE INDEX "Task_createdAt_idx" ON "Task"("createdAt");
CREATE TABLE "new_TaskReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "messageId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'answer',
    "answer" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TaskReply_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TaskReply" ("answer", "body", "createdAt", "from", "id", "messageId", "taskId") SELECT "answer", "body", "createdAt", "from", "id", "messageId", "taskId" FROM "TaskReply";
DROP TABLE "TaskReply";
ALTER TABLE "new_TaskReply" RENAME TO "TaskReply";
CREATE UNIQUE INDEX "TaskReply_messageId_key" ON "TaskReply"("messageId");
CREATE INDEX "TaskReply_taskId_idx" ON "TaskReply"("taskId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "GearReservation_messageId_key" ON "GearReservation"("messageId");

-- CreateIndex
CREATE INDEX "GearReservation_requestId_idx" ON "GearReservation"("requestId");


-- Backfill (hand-added): replies stored before this migration from the Setup listener are its acknowledgements.
UPDATE "TaskReply" SET "kind" = 'ack' WHERE "from" = 'setup';
