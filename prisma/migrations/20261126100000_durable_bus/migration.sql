-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "UndeliveredMessage";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "BusMessage" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "id" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "responseDestination" TEXT,
    "correlationId" TEXT NOT NULL,
    "headers" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "BusDelivery" (
    "messageId" TEXT NOT NULL,
    "listener" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME,
    "durationMs" REAL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("messageId", "listener"),
    CONSTRAINT "BusDelivery_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "BusMessage" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BusRejection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "messageId" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PortalEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "BusMessage_id_key" ON "BusMessage"("id");

-- CreateIndex
CREATE INDEX "BusMessage_correlationId_idx" ON "BusMessage"("correlationId");

-- CreateIndex
CREATE INDEX "BusMessage_destination_seq_idx" ON "BusMessage"("destination", "seq");

-- CreateIndex
CREATE INDEX "BusDelivery_state_idx" ON "BusDelivery"("state");

-- CreateIndex
CREATE INDEX "PortalEvent_createdAt_idx" ON "PortalEvent"("createdAt");

