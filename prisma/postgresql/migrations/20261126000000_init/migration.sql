-- CreateTable
CREATE TABLE "CrewMember" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "CrewMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GearItem" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "GearItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListenerActivity" (
    "id" TEXT NOT NULL,
    "listener" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "taskName" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListenerActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskReply" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UndeliveredMessage" (
    "id" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UndeliveredMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CrewMember_name_key" ON "CrewMember"("name");

-- CreateIndex
CREATE UNIQUE INDEX "GearItem_name_key" ON "GearItem"("name");

-- CreateIndex
CREATE INDEX "ListenerActivity_listener_createdAt_idx" ON "ListenerActivity"("listener", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ListenerActivity_listener_messageId_key" ON "ListenerActivity"("listener", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_requestId_key" ON "Task"("requestId");

-- CreateIndex
CREATE INDEX "Task_createdAt_idx" ON "Task"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TaskReply_messageId_key" ON "TaskReply"("messageId");

-- CreateIndex
CREATE INDEX "TaskReply_taskId_idx" ON "TaskReply"("taskId");

-- AddForeignKey
ALTER TABLE "TaskReply" ADD CONSTRAINT "TaskReply_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

