import "server-only";
import type { MessageTrailView } from "@/lib/shared/bus-views";
import { AppError } from "@/lib/server/app-error";
import { getBus } from "@/lib/server/bus/get-bus";
import { toTrailView } from "@/lib/features/message-bus/server/to-trail-view";
import { db } from "@/lib/server/db/client";

/** Every message a task caused — its request, the replies — with each delivery. */
export async function getTaskTrail(taskId: string): Promise<{ taskId: string; name: string; trail: MessageTrailView[] }> {
  const task = await db.task.findUnique({ where: { id: taskId }, select: { id: true, name: true, requestId: true } });
  if (!task) throw new AppError("not_found", `No task with id "${taskId}".`);
  const trail = await getBus().trail(task.requestId);
  return { taskId: task.id, name: task.name, trail: trail.map(toTrailView) };
}
