"use client";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { addTaskAction } from "@/lib/features/tasks/actions/add-task";
import { useToast } from "@/components/portal/toasts";
import { useOnConnect } from "@/components/realtime/use-on-connect";
import { describedBy, Field, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { useReachableAction } from "@/components/ui/use-reachable-action";
import type { AddTaskState } from "@/lib/features/tasks/add-task-state";
import type { GearItemView } from "@/lib/shared/gear";
import { TASK_STATUS_KEYS, TASK_STATUSES, type TaskView } from "@/lib/shared/task";
import { EMPTY_TASK_FORM, taskFormValues, type TaskFormValues } from "@/lib/shared/task-form";
import { GearPicker } from "./gear-picker";
import { clearDraft, loadDraft, saveDraft } from "./task-draft";

const initialState: AddTaskState = { status: "idle" };

/**
 * A failure to reach the server, as an answer: left to throw, it replaced the whole portal
 * with the error page and lost what was typed. "Unsent" keeps the task to send again.
 */
const unreachable = (form: FormData): AddTaskState => ({ status: "unsent", values: taskFormValues(form) });

/** The tour manager's form. The server validates; the browser only helps. */
export function AddTaskForm(props: {
  stock: readonly GearItemView[];
  onAdded: (task: TaskView) => void;
  /** The list's tasks, kept live: "asking the crew…" lasts while the added one waits for a reply. */
  tasks: readonly TaskView[];
}) {
  const { stock, onAdded, tasks } = props;
  const [state, dispatch, pending] = useActionState(useReachableAction(addTaskAction, unreachable), initialState);
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const notify = useToast();
  const t = useTranslations("tasks.form");
  const status = useTranslations("tasks.taskStatus");
  const [values, setValues] = useState<TaskFormValues>(EMPTY_TASK_FORM);
  const set = (change: Partial<TaskFormValues>) => setValues((current) => ({ ...current, ...change }));
  // One key per task being entered, sent with every submit of it: the server adds it
  // once however often it is sent. Made in the browser after hydration (a server-made
  // one would differ from the browser's render); a new one once the task is added.
  const [idempotencyKey, setIdempotencyKey] = useState("");
  /** The last submit did not get through, and why (the server's words; none: not reached), while it waits to be sent again. */
  const [unsent, setUnsent] = useState<{ message?: string } | undefined>(undefined);
  const [restored, setRestored] = useState(false);

  // The draft of this tab (a reload, or the error page and back), once hydrated. With
  // none, what the server-rendered form holds: a quick hand types before React is ready.
  useEffect(() => {
    const draft = loadDraft();
    setValues(draft?.values ?? (formRef.current ? taskFormValues(new FormData(formRef.current)) : EMPTY_TASK_FORM));
    setIdempotencyKey(draft?.idempotencyKey ?? crypto.randomUUID());
    if (draft?.unsent) setUnsent({});
    setRestored(true);
  }, []);
  useEffect(() => {
    if (restored) saveDraft({ values, idempotencyKey, unsent: unsent !== undefined });
  }, [restored, values, idempotencyKey, unsent]);

  const send = () => {
    if (!formRef.current) return;
    const form = new FormData(formRef.current);
    // Dispatched by hand, not as <form action>: React resets a form after its action, and this one keeps what was typed.
    startTransition(() => dispatch(form));
  };
  // Back online: send what did not get through, with the same key, so it is added once.
  useOnConnect(() => {
    if (unsent !== undefined && !pending) send();
  });

  // Each answer is acted on once, even if the effect runs again for it.
  const handled = useRef(state);
  useEffect(() => {
    if (handled.current === state) return;
    handled.current = state;
    setUnsent(state.status === "unsent" ? { message: state.message } : undefined);
    if (state.status === "added") {
      onAdded(state.task);
      notify(t("added", { name: state.task.name }));
      setValues(EMPTY_TASK_FORM);
      setIdempotencyKey(crypto.randomUUID());
      clearDraft();
      nameRef.current?.focus();
    }
    if (state.status === "failed") notify(state.message, "error");
  }, [state, onAdded, notify, t]);

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const asking = state.status === "added" && stillAsking(tasks.find((task) => task.id === state.task.id) ?? state.task);

  return (
    // noValidate: the server's messages are the ones shown, the same for every client.
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      noValidate
      className="space-y-3"
      aria-describedby="add-task-feedback"
    >
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field id="task-name" label={t("name")} error={errors.name}>
          <input
            ref={nameRef}
            id="task-name"
            name="name"
            type="text"
            dir="auto"
            required
            value={values.name}
            onChange={(event) => set({ name: event.target.value })}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("task-name", { error: errors.name })}
            className={inputClass}
          />
        </Field>
        <Field id="task-status" label={t("status")} error={errors.status}>
          <select
            id="task-status"
            name="status"
            value={values.status}
            onChange={(event) => set({ status: event.target.value })}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={describedBy("task-status", { error: errors.status })}
            className={inputClass}
          >
            {TASK_STATUSES.map((value) => (
              <option key={value} value={value}>
                {status(TASK_STATUS_KEYS[value])}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-2">
          <Field id="task-description" label={t("description")} error={errors.description}>
            <textarea
              id="task-description"
              name="description"
              dir="auto"
              rows={2}
              value={values.description}
              onChange={(event) => set({ description: event.target.value })}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={describedBy("task-description", { error: errors.description })}
              className={inputClass}
            />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <GearPicker stock={stock} lines={values.gear} onChange={(gear) => set({ gear })} error={errors.gear} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? t("adding") : t("submit")}
        </button>
        {unsent !== undefined && !pending ? (
          <button type="button" onClick={send} className={secondaryButtonClass}>
            {t("sendAgain")}
          </button>
        ) : null}
        <p id="add-task-feedback" role="status" className="text-sm">
          {state.status === "added" && asking ? (
            <span className="text-ok">{t.rich("asking", { name: state.task.name, bdi: (chunks) => <bdi>{chunks}</bdi> })}</span>
          ) : null}
          {state.status === "invalid" ? <span className="text-danger">{t("correct")}</span> : null}
          {state.status === "failed" ? <span className="text-danger">{state.message}</span> : null}
          {unsent !== undefined ? (
            <span className="text-danger">{t("notSent", { reason: unsent.message ?? t("notReached") })}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}

/** A task some responder it was sent to has not answered yet. */
function stillAsking(task: TaskView): boolean {
  return task.expected.some((from) => !task.replies.some((reply) => reply.from === from));
}
