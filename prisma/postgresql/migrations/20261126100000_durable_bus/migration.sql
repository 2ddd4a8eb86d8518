-- DropTable
DROP TABLE "UndeliveredMessage";

-- CreateTable
CREATE TABLE "BusDelivery" (
    "messageId" TEXT NOT NULL,
    "listener" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3),
    "durationMs" DOUBLE PRECISION,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusDelivery_pkey" PRIMARY KEY ("messageId","listener")
);

-- CreateTable
CREATE TABLE "BusMessage" (
    "seq" SERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "responseDestination" TEXT,
    "correlationId" TEXT NOT NULL,
    "headers" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusMessage_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "BusRejection" (
    "id" SERIAL NOT NULL,
    "messageId" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BusRejection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalEvent" (
    "seq" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortalEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "BusDelivery_state_idx" ON "BusDelivery"("state");

-- CreateIndex
CREATE UNIQUE INDEX "BusMessage_id_key" ON "BusMessage"("id");

-- CreateIndex
CREATE INDEX "BusMessage_destination_seq_idx" ON "BusMessage"("destination", "seq");

-- CreateIndex
CREATE INDEX "BusMessage_correlationId_idx" ON "BusMessage"("correlationId");

-- CreateIndex
CREATE INDEX "PortalEvent_createdAt_idx" ON "PortalEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "BusDelivery" ADD CONSTRAINT "BusDelivery_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "BusMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

