import "server-only";
import type { ProblemNotice } from "@/lib/shared/notifications";
import { db } from "../db/client";
import { problemWhere } from "./problem-where";
import { replyWording } from "./reply-text";
import { unreadOf } from "./unread-where";

/**
 * Of the replies a page just received, the unread problems on the user's own tasks,
 * with their tasks' names: what the page toasts. The page knows a reply is a problem but
 * not whose task it is, nor the name of a task its list does not hold.
 */
export async function describeProblems(userId: string, replyIds: readonly string[]): Promise<ProblemNotice[]> {
  if (replyIds.length === 0) return [];
  const rows = await db.taskReply.findMany({
    where: { ...unreadOf(userId), ...problemWhere(), id: { in: [...replyIds] } },
    orderBy: { id: "asc" },
    select: { id: true, taskId: true, from: true, answer: true, body: true, task: { select: { name: true } } },
  });
  return rows.map((row) => ({
    replyId: row.id,
    taskId: row.taskId,
    taskName: row.task.name,
    answer: row.answer,
    text: replyWording(row),
  }));
}
