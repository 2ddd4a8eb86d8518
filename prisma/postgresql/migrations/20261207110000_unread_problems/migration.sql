-- AlterTable
ALTER TABLE "TaskReply" ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "problem" BOOLEAN;

-- Replies stored before: their owner is their task's creator. Whether each is a problem
-- is the plugged responders' rule (TypeScript), applied at the next start (classify-replies.ts).
UPDATE "TaskReply" SET "ownerId" = (SELECT t."createdById" FROM "Task" t WHERE t."id" = "TaskReply"."taskId");

-- Hand-made (Prisma's schema has no partial indexes): the bell's count reads only the
-- user's unread problems, and the start finds replies not yet classified without a scan.
CREATE INDEX "TaskReply_unread_problem_idx" ON "TaskReply"("ownerId", "taskId") WHERE "ownerReadAt" IS NULL AND "problem" = true;
CREATE INDEX "TaskReply_unclassified_idx" ON "TaskReply"("id") WHERE "problem" IS NULL;
