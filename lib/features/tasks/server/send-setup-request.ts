import "server-only";
import type { TaskInput } from "@/lib/features/tasks/schema";
import { getBus } from "@/lib/server/bus/get-bus";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION } from "@/lib/features/messages";

/**
 * The request's message id is the task's requestId, so sending it again (after a
 * crash between storing the task and sending) is a no-op when it went out already.
 */
export async function sendSetupRequest(task: TaskInput & { requestId: string }): Promise<void> {
  await getBus().send(
    SETUP_DESTINATION,
    {
      name: task.name,
      description: task.description,
      status: task.status,
      gear: task.gear,
      responseDestinationName: TASK_REPLY_DESTINATION,
    },
    { id: task.requestId, correlationId: task.requestId },
  );
}
