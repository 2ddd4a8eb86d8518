"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { addTaskAction } from "@/app/actions/add-task";
import { useToast } from "@/components/portal/toasts";
import { describedBy, Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import type { AddTaskState } from "@/lib/shared/add-task-state";
import { TASK_STATUSES, type TaskView } from "@/lib/shared/task";

const initialState: AddTaskState = { status: "idle" };

/** The tour manager's form. The server validates; the browser only helps. */
export function AddTaskForm({ onAdded }: { onAdded: (task: TaskView) => void }) {
  const [state, formAction, pending] = useActionState(addTaskAction, initialState);
  const nameRef = useRef<HTMLInputElement>(null);
  const notify = useToast();
  // One key per task being entered, sent with every submit of it: the server adds it
  // once however often it is sent. Made in the browser after hydration (a server-made
  // one would differ from the browser's render); a new one once the task is added.
  const [idempotencyKey, setIdempotencyKey] = useState("");
  useEffect(() => {
    if (idempotencyKey === "" || state.status === "added") setIdempotencyKey(crypto.randomUUID());
  }, [state]);

  // Each answer is acted on once, even if the effect runs again for it.
  const handled = useRef(state);
  useEffect(() => {
    if (handled.current === state) return;
    handled.current = state;
    if (state.status === "added") {
      onAdded(state.task);
      notify(`Task “${state.task.name}” added.`);
      nameRef.current?.focus();
    }
    if (state.status === "failed") notify(state.message, "error");
  }, [state, onAdded, notify]);

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" || state.status === "failed" ? state.values : undefined;

  return (
    // noValidate: the server's messages are the ones shown, the same for every client.
    <form action={formAction} noValidate className="space-y-3" aria-describedby="add-task-feedback">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {/* Remount the fields on each answer so they show the values that answer carries. */}
      <div key={state.status === "added" ? state.task.id : JSON.stringify(values)} className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field id="task-name" label="Name" error={errors.name}>
          <input
            ref={nameRef}
            id="task-name"
            name="name"
            type="text"
            required
            defaultValue={values?.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("task-name", { error: errors.name })}
            className={inputClass}
          />
        </Field>
        <Field id="task-status" label="Status" error={errors.status}>
          <select
            id="task-status"
            name="status"
            defaultValue={values?.status || TASK_STATUSES[0]}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={describedBy("task-status", { error: errors.status })}
            className={inputClass}
          >
            {TASK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-2">
          <Field id="task-description" label="Description" error={errors.description}>
            <textarea
              id="task-description"
              name="description"
              rows={2}
              defaultValue={values?.description}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={describedBy("task-description", { error: errors.description })}
              className={inputClass}
            />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field
            id="task-gear"
            label="Gear"
            error={errors.gear}
            hint="Optional. What to reserve, e.g. “2 Amplifier, 1 Fog machine”."
          >
            <input
              id="task-gear"
              name="gear"
              type="text"
              autoComplete="off"
              defaultValue={values?.gear}
              aria-invalid={errors.gear ? true : undefined}
              aria-describedby={describedBy("task-gear", { error: errors.gear, hint: true })}
              className={inputClass}
            />
          </Field>
        </div>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Adding…" : "Add task"}
        </button>
        <p id="add-task-feedback" role="status" className="text-sm">
          {state.status === "added" ? <span className="text-ok">Added “{state.task.name}”; asking the crew…</span> : null}
          {state.status === "invalid" ? <span className="text-danger">Please correct the marked fields.</span> : null}
          {state.status === "failed" ? <span className="text-danger">{state.message}</span> : null}
        </p>
      </div>
    </form>
  );
}
