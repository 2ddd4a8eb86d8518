import type { TaskView } from "./task";
import type { TaskFieldErrors } from "@/lib/features/tasks/schema";

export type TaskFormValues = { name: string; description: string; status: string; gear: string };

/** What the "Add task" action answers the form with. */
export type AddTaskState =
  | { status: "idle" }
  | { status: "added"; task: TaskView }
  | { status: "invalid"; fieldErrors: TaskFieldErrors; values: TaskFormValues }
  | { status: "failed"; message: string; values: TaskFormValues };
