import type { TaskView } from "@/lib/shared/task";
import type { TaskFormValues } from "@/lib/shared/task-form";
import type { TaskFieldErrors } from "./schema";

/**
 * What the "Add task" action answers the form with. "unsent": the task did not reach
 * the server, or the server could not take it now (stopping, storage busy); the form
 * keeps it and sends it again, with the same Idempotency-Key, once the server is back;
 * its `message` is the server's, absent when the server was not reached (the form words that).
 */
export type AddTaskState =
  | { status: "idle" }
  | { status: "added"; task: TaskView }
  | { status: "invalid"; fieldErrors: TaskFieldErrors; values: TaskFormValues }
  | { status: "failed"; message: string; values: TaskFormValues }
  | { status: "unsent"; message?: string; values: TaskFormValues };
