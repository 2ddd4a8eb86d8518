import "server-only";
import type { TaskStatus } from "@/lib/shared/task";
import { taskStanding } from "@/lib/shared/task-status";
import type { SqliteEngine } from "../db/sqlite-engine";
import { replyViewOf } from "./to-view";

type ReplyRow = { id: string; from: string; kind: string; answer: string; body: string; createdAt: string };

/**
 * Recomputes where a task stands from its status and every reply so far, and stores it
 * (`Task.standing`), inside the write that changed them: the list's status filter then
 * reads one indexed column, and it always agrees with what the portlet computes from
 * the same replies (both call taskStanding).
 */
export function refreshStanding(engine: SqliteEngine, taskId: string): void {
  const task = engine.get<{ status: TaskStatus }>(`SELECT "status" FROM "Task" WHERE "id" = ?`, taskId);
  if (!task) return;
  const replies = engine
    .all<ReplyRow>(
      `SELECT "id", "from", "kind", "answer", "body", "createdAt" FROM "TaskReply" WHERE "taskId" = ? ORDER BY "createdAt" ASC, "id" ASC`,
      taskId,
    )
    .map((row) => replyViewOf({ ...row, createdAt: new Date(row.createdAt) }));
  engine.run(`UPDATE "Task" SET "standing" = ? WHERE "id" = ?`, taskStanding({ status: task.status, replies }), taskId);
}
