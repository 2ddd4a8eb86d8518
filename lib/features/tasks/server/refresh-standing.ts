import "server-only";
import type { ReplyView, TaskStatus } from "@/lib/shared/task";
import { taskStanding } from "@/lib/shared/task-status";
import type { SqlTx } from "@/lib/server/db/sql-tx";
import { replyViewOf } from "./to-view";

/** The task's status beside each of its replies (one row with no reply when it has none). */
type Row = { status: TaskStatus; id: string | null; from: string; kind: string; answer: string; body: string; createdAt: string };

/**
 * Recomputes where a task stands from every reply so far, and stores it
 * (`Task.standing`), inside the write that changed them: the list's status filter then
 * reads one indexed column, and it always agrees with what the portlet computes from
 * the same replies (both call taskStanding). One read and one write per reply stored.
 */
export async function refreshStanding(tx: SqlTx, taskId: string): Promise<void> {
  const rows = await tx.all<Row>(
    `SELECT t."status", r."id", r."from", r."kind", r."answer", r."body", r."createdAt"
     FROM "Task" t LEFT JOIN "TaskReply" r ON r."taskId" = t."id"
     WHERE t."id" = ? ORDER BY r."createdAt" ASC, r."id" ASC`,
    taskId,
  );
  const status = rows[0]?.status;
  if (!status) return;
  const replies: ReplyView[] = rows
    .filter((row) => row.id !== null)
    .map((row) => replyViewOf({ ...row, id: row.id!, createdAt: new Date(row.createdAt) }));
  await tx.run(`UPDATE "Task" SET "standing" = ? WHERE "id" = ?`, taskStanding({ replies }), taskId);
}
