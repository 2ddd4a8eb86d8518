import type { TaskView } from "./task";
import type { TaskFormValues } from "./task-form";
import type { TaskFieldErrors } from "@/lib/features/tasks/schema";

/**
 * What the "Add task" action answers the form with. "unsent": the task did not reach
 * the server, or the server could not take it now (stopping, storage busy); the form
 * keeps it and sends it again, with the same Idempotency-Key, once the server is back.
 */
export type AddTaskState =
  | { status: "idle" }
  | { status: "added"; task: TaskView }
  | { status: "invalid"; fieldErrors: TaskFieldErrors; values: TaskFormValues }
  | { status: "failed"; message: string; values: TaskFormValues }
  | { status: "unsent"; message: string; values: TaskFormValues };
