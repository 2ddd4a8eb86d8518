import "server-only";
import type { TaskView } from "@/lib/shared/task";
import { AppError } from "@/lib/server/app-error";
import { db } from "@/lib/server/db/client";
import { expectedReplies } from "./expected-replies";
import { toTaskView } from "./to-view";

/** One task with its replies, oldest reply first. */
export async function getTask(id: string): Promise<TaskView> {
  const task = await db.task.findUnique({ where: { id }, include: { replies: { orderBy: { createdAt: "asc" } } } });
  if (!task) throw new AppError("not_found", `No task with id "${id}".`);
  const expected = await expectedReplies([task.requestId]);
  return toTaskView(task, expected.get(task.requestId)!);
}
