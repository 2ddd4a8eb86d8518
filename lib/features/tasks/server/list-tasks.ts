import "server-only";
import type { TaskView } from "@/lib/shared/task";
import { db } from "@/lib/server/db/client";
import { expectedReplies } from "./expected-replies";
import { toTaskView } from "./to-view";

export const TASK_LIST_LIMIT = 100;

/** The newest tasks with their replies, as the Tasks portlet first shows them. */
export async function listTasks(): Promise<TaskView[]> {
  const tasks = await db.task.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: TASK_LIST_LIMIT,
    include: { replies: { orderBy: { createdAt: "asc" } } },
  });
  const expected = await expectedReplies(tasks.map((task) => task.requestId));
  return tasks.map((task) => toTaskView(task, expected.get(task.requestId)!));
}
