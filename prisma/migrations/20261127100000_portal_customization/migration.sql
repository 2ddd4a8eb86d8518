-- Portal customization (issue 12): removed portlets, a layout template and per-portlet
-- configuration on each user's page; who added a task, and when its creator read each
-- reply in their notifications. Nullable or defaulted columns: existing rows stay valid.

-- AlterTable
ALTER TABLE "PortalLayout" ADD COLUMN "removed" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "PortalLayout" ADD COLUMN "template" INTEGER;
ALTER TABLE "PortalLayout" ADD COLUMN "config" TEXT NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "createdById" TEXT;

-- AlterTable
ALTER TABLE "TaskReply" ADD COLUMN "ownerReadAt" DATETIME;

-- CreateIndex
CREATE INDEX "Task_createdById_idx" ON "Task"("createdById");
