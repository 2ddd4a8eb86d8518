"use server";
import { getTranslations } from "next-intl/server";
import type { AddTaskState } from "@/lib/features/tasks/add-task-state";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { validationText } from "@/lib/server/i18n/validation-text";
import { asForm, formText } from "@/lib/shared/form-text";
import { gearOfLines, taskFormValues } from "@/lib/shared/task-form";
import { taskInputSchema, type TaskFieldErrors } from "@/lib/features/tasks/schema";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { inSpan } from "@/lib/server/tracing/in-span";
import { addTask } from "@/lib/features/tasks/server/add-task";
import { idempotencyOf } from "@/lib/features/tasks/server/idempotency";

/** Refusals that pass: the form keeps the task and sends it again when the server can take it. */
const TRY_AGAIN_LATER = new Set(["busy", "storage_unavailable", "shutting_down"]);

/** The Tasks portlet's "Add task": validate, store, send; never wait for the replies. */
export async function addTaskAction(previous: AddTaskState, sent: FormData): Promise<AddTaskState> {
  // The span the task's bus messages, its replies and their pushes hang from (README, Traces).
  return inSpan("action addTask", {}, () => addFromForm(previous, asForm(sent)));
}

async function addFromForm(_previous: AddTaskState, form: FormData): Promise<AddTaskState> {
  const values = taskFormValues(form);
  const allowed = await authorizeAction("tasks:add");
  if (!allowed.ok) return { status: "failed", message: allowed.message, values };
  const parsed = taskInputSchema.safeParse({
    name: form.get("name") ?? undefined,
    description: form.get("description") ?? undefined,
    status: form.get("status") ?? undefined,
    gear: gearOfLines(values.gear),
  });
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error, await validationText()), values };
  try {
    // The form's hidden key: a submit retried (a double click, a resend after an error) adds one task.
    const idempotency = idempotencyOf({
      userId: allowed.user.id,
      key: formText(form, "idempotencyKey") || undefined,
      input: parsed.data,
    });
    return { status: "added", task: (await addTask(parsed.data, { idempotency, createdById: allowed.user.id })).task };
  } catch (error) {
    if (isAppError(error) && error.code === "invalid_input" && error.fields) {
      return { status: "invalid", fieldErrors: error.fields as TaskFieldErrors, values };
    }
    if (isAppError(error) && TRY_AGAIN_LATER.has(error.code)) return { status: "unsent", message: error.message, values };
    if (isAppError(error) && error.code === "idempotency_conflict") return { status: "failed", message: error.message, values };
    log.error({ err: error }, "add task failed");
    return { status: "failed", message: (await getTranslations("tasks.form"))("addFailed"), values };
  }
}
