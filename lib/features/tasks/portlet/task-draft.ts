import { EMPTY_TASK_FORM, type TaskFormValues } from "@/lib/shared/task-form";

/**
 * The task being entered, kept in this tab's sessionStorage: a reload, or the portal's
 * error page and back, shows it as typed. `unsent` marks a submit that did not reach
 * the server; it is sent again, with the same key, once the connection is back.
 */
export type TaskDraft = { values: TaskFormValues; idempotencyKey: string; unsent: boolean };

const KEY = "tourbus:add-task-draft";

export function loadDraft(): TaskDraft | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Partial<TaskDraft> | null;
    if (!saved?.values || typeof saved.idempotencyKey !== "string") return undefined;
    return {
      values: { ...EMPTY_TASK_FORM, ...saved.values },
      idempotencyKey: saved.idempotencyKey,
      unsent: saved.unsent === true,
    };
  } catch {
    // Storage refused (private mode, quota) or an old, unreadable draft: start empty.
    return undefined;
  }
}

export function saveDraft(draft: TaskDraft): void {
  try {
    const empty = JSON.stringify(draft.values) === JSON.stringify(EMPTY_TASK_FORM);
    if (empty && !draft.unsent) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Without storage the form still works; only a reload loses the draft.
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
