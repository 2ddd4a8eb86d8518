import "server-only";
import type { TaskInput, TaskView } from "@/lib/shared/task";
import { getBus } from "../bus/get-bus";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION } from "../bus/messages";
import { db } from "../db/client";
import { publish } from "../realtime/publish";
import { toTaskView } from "./to-view";

/**
 * Stores a validated task and sends the setup request, with the Tasks portlet's
 * return address, to the roadies and the inventory manager. Returns without waiting
 * for their answers: those arrive later on tour/manager/task.
 */
export async function addTask(input: TaskInput): Promise<TaskView> {
  const task = await db.task.create({
    data: { ...input, gear: JSON.stringify(input.gear), requestId: crypto.randomUUID() },
  });
  const view = toTaskView(task);
  // Pushed before the request is sent, so every page knows the task before its replies.
  publish("task:added", view);
  await getBus().send(
    SETUP_DESTINATION,
    { ...input, responseDestinationName: TASK_REPLY_DESTINATION },
    { correlationId: task.requestId },
  );
  return view;
}
