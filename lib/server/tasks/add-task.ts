import "server-only";
import type { TaskView } from "@/lib/shared/task";
import type { TaskInput } from "@/lib/shared/task-input";
import { getBus } from "../bus/get-bus";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION } from "../bus/messages";
import { sqliteTimestamp } from "../db/sqlite-engine";
import { writes } from "../db/writes";
import { logEvent, push } from "../realtime/publish";

/**
 * Stores a validated task and sends the setup request, with the Tasks portlet's
 * return address, to the roadies and the inventory manager. Returns once the task
 * and the request are durable, without waiting for the answers: those arrive on
 * tour/manager/task.
 */
export async function addTask(input: TaskInput): Promise<TaskView> {
  const createdAt = new Date();
  const view: TaskView = { id: crypto.randomUUID(), ...input, createdAt: createdAt.toISOString(), replies: [] };
  const requestId = crypto.randomUUID();
  // Asked for together, so the task, its event and its request commit in one transaction.
  const stored = writes.write((engine) => {
    engine.run(
      `INSERT INTO "Task" ("id", "name", "description", "status", "requestId", "gear", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
      view.id,
      view.name,
      view.description,
      view.status,
      requestId,
      JSON.stringify(view.gear),
      sqliteTimestamp(createdAt),
    );
    return logEvent(engine, "task:added", view);
  });
  const [added] = await Promise.all([stored, sendSetupRequest({ ...input, requestId })]);
  // Pushed before any listener runs (they start on a later turn), so pages know the task before its replies.
  push(added);
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
