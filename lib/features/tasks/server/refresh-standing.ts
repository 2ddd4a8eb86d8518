import "server-only";
import type { ReplyView, TaskStatus } from "@/lib/shared/task";
import { taskStanding } from "@/lib/shared/task-status";
import type { SqlTx } from "@/lib/server/db/sql-tx";
import { setStanding, taskWithReplies } from "./tasks.sql";
import { replyViewOf } from "./to-view";

/**
 * Recomputes where a task stands from every reply so far, and stores it
 * (`Task.standing`), inside the write that changed them: the list's status filter then
 * reads one indexed column, and it always agrees with what the portlet computes from
 * the same replies (both call taskStanding). One read and one write per reply stored.
 */
export async function refreshStanding(tx: SqlTx, taskId: string): Promise<void> {
  const rows = await tx.all(taskWithReplies, taskId);
  const status = rows[0]?.status as TaskStatus | undefined;
  if (!status) return;
  const replies: ReplyView[] = rows.flatMap(({ id, from, kind, answer, body, createdAt }) =>
    // The left join's one row without a reply has every reply column null.
    id !== null && from !== null && kind !== null && answer !== null && body !== null && createdAt !== null
      ? [replyViewOf({ id, from, kind, answer, body, createdAt })]
      : [],
  );
  await tx.run(setStanding, taskStanding({ replies }), taskId);
}
