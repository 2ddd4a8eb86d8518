import "server-only";
import type { TaskView } from "@/lib/shared/task";
import type { TaskInput } from "@/lib/shared/task-input";
import { getBus } from "../bus/get-bus";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION } from "../bus/messages";
import { db } from "../db/client";
import { publish } from "../realtime/publish";
import { toTaskView } from "./to-view";

/**
 * Stores a validated task and sends the setup request, with the Tasks portlet's
 * return address, to the roadies and the inventory manager. Returns once the request
 * is durable, without waiting for the answers: those arrive on tour/manager/task.
 */
export async function addTask(input: TaskInput): Promise<TaskView> {
  const task = await db.task.create({
    data: { ...input, gear: JSON.stringify(input.gear), requestId: crypto.randomUUID() },
  });
  const view = toTaskView(task);
  // Pushed before the request is sent, so every page knows the task before its replies.
  await publish("task:added", view);
  await sendSetupRequest({ ...input, requestId: task.requestId });
  return view;
}

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
