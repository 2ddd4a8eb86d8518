"use client";
import { useActionState, useEffect, useRef } from "react";
import { addTaskAction } from "@/app/actions/add-task";
import type { AddTaskState } from "@/lib/shared/add-task-state";
import { TASK_STATUSES, type TaskView } from "@/lib/shared/task";

const initialState: AddTaskState = { status: "idle" };
const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm shadow-sm focus:border-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-600 aria-[invalid=true]:border-red-700";

/** The tour manager's form. The server validates; the browser only helps. */
export function AddTaskForm({ onAdded }: { onAdded: (task: TaskView) => void }) {
  const [state, formAction, pending] = useActionState(addTaskAction, initialState);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.status === "added") {
      onAdded(state.task);
      nameRef.current?.focus();
    }
  }, [state, onAdded]);

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" || state.status === "failed" ? state.values : undefined;

  return (
    // noValidate: the server's messages are the ones shown, the same for every client.
    <form action={formAction} noValidate className="space-y-3" aria-describedby="add-task-feedback">
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
            aria-describedby={errors.name ? "task-name-error" : undefined}
            className={inputClass}
          />
        </Field>
        <Field id="task-status" label="Status" error={errors.status}>
          <select
            id="task-status"
            name="status"
            defaultValue={values?.status || TASK_STATUSES[0]}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={errors.status ? "task-status-error" : undefined}
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
              aria-describedby={errors.description ? "task-description-error" : undefined}
              className={inputClass}
            />
          </Field>
        </div>
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-sky-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-sky-800 focus:outline-none focus:ring-2 focus:ring-sky-600 focus:ring-offset-2 disabled:opacity-60"
        >
          {pending ? "Adding…" : "Add task"}
        </button>
        <p id="add-task-feedback" role="status" className="text-sm">
          {state.status === "added" ? <span className="text-emerald-800">Added “{state.task.name}”; asking the crew…</span> : null}
          {state.status === "invalid" ? <span className="text-red-800">Please correct the marked fields.</span> : null}
          {state.status === "failed" ? <span className="text-red-800">{state.message}</span> : null}
        </p>
      </div>
    </form>
  );
}

function Field(props: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children}
      {props.error ? (
        <p id={`${props.id}-error`} className="mt-1 text-sm text-red-800">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
