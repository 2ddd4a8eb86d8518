-- AlterTable
ALTER TABLE "Task" ADD COLUMN "standing" TEXT;

-- DropIndex
DROP INDEX "Task_createdAt_idx";

-- CreateIndex
CREATE INDEX "Task_createdAt_id_idx" ON "Task"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Task_standing_createdAt_id_idx" ON "Task"("standing", "createdAt", "id");
