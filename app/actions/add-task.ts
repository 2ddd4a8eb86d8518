"use server";
import { formText } from "@/lib/shared/form-text";
import type { AddTaskState, TaskFormValues } from "@/lib/shared/add-task-state";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { taskInputSchema } from "@/lib/shared/task-input";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { addTask } from "@/lib/server/tasks/add-task";
import { idempotencyOf } from "@/lib/server/tasks/idempotency";

/** The Tasks portlet's "Add task": validate, store, send; never wait for the replies. */
export async function addTaskAction(_previous: AddTaskState, form: FormData): Promise<AddTaskState> {
  const values: TaskFormValues = {
    name: formText(form, "name"),
    description: formText(form, "description"),
    status: formText(form, "status"),
    gear: formText(form, "gear"),
  };
  const allowed = await authorizeAction("tasks:add");
  if (!allowed.ok) return { status: "failed", message: allowed.message, values };
  const parsed = taskInputSchema.safeParse({
    name: form.get("name") ?? undefined,
    description: form.get("description") ?? undefined,
    status: form.get("status") ?? undefined,
    gear: form.get("gear") ?? undefined,
  });
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error), values };
  try {
    // The form's hidden key: a submit retried (a double click, a resend after an error) adds one task.
    const idempotency = idempotencyOf({ userId: allowed.user.id, key: formText(form, "idempotencyKey"), input: parsed.data });
    return { status: "added", task: (await addTask(parsed.data, { idempotency, createdById: allowed.user.id })).task };
  } catch (error) {
    log.error({ err: error }, "add task failed");
    return { status: "failed", message: "The task could not be added. Please try again.", values };
  }
}
