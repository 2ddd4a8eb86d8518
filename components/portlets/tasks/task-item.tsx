import { SHOW_TRAIL_EVENT } from "@/components/portlets/message-bus/message-bus-panel";
import { RESPONDERS, type Responder, type TaskView } from "@/lib/shared/task";

const RESPONDER_LABELS: Record<Responder, string> = { setup: "Setup", inventory: "Inventory" };
const STATUS_STYLES: Record<TaskView["status"], string> = {
  Open: "bg-slate-200 text-slate-800",
  "In progress": "bg-amber-100 text-amber-900",
  Done: "bg-emerald-100 text-emerald-900",
};

/** One task and the answers to its setup request, each slot reserved so nothing jumps. */
export function TaskItem({ task }: { task: TaskView }) {
  const waiting = RESPONDERS.filter((from) => !task.replies.some((reply) => reply.from === from));
  return (
    <li className="rounded-md border border-slate-200 p-3" data-task-id={task.id} aria-busy={waiting.length > 0}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{task.name}</h3>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[task.status]}`}>{task.status}</span>
        <span className="ml-auto text-xs text-slate-600">
          {waiting.length > 0 ? `Waiting for ${waiting.map((w) => RESPONDER_LABELS[w]).join(" and ")}…` : "All replies in"}
        </span>
        <button
          type="button"
          onClick={() => window.dispatchEvent(new CustomEvent(SHOW_TRAIL_EVENT, { detail: { taskId: task.id } }))}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-600"
          aria-label={`Show trail of ${task.name}`}
        >
          Trail
        </button>
      </div>
      {task.description ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{task.description}</p> : null}
      <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {RESPONDERS.map((from) => {
          const reply = task.replies.find((r) => r.from === from);
          return (
            <div key={from} className="flex gap-1">
              <dt className="font-medium text-slate-700">{RESPONDER_LABELS[from]}:</dt>{" "}
              <dd className={reply ? "text-slate-900" : "italic text-slate-600"}>{reply ? reply.answer : "pending"}</dd>
            </div>
          );
        })}
      </dl>
    </li>
  );
}
