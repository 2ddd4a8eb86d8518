-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "createdById" TEXT;

-- AlterTable
ALTER TABLE "TaskReply" ADD COLUMN     "ownerReadAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PortalLayout" ADD COLUMN     "config" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "removed" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "template" INTEGER;

-- CreateIndex
CREATE INDEX "Task_createdById_idx" ON "Task"("createdById");

