import { useFormatter, useTranslations } from "next-intl";
import { showTrail as showTrailOf } from "@/lib/features/message-bus/portlet/show-trail";
import { smallButtonClass } from "@/lib/features/message-bus/portlet/small-button";
import { formatGearNeeds } from "@/lib/shared/gear-format";
import { replyText, responderLabel } from "@/lib/features/registry";
import { TASK_STATUS_KEYS, type TaskView } from "@/lib/shared/task";
import { STANDING_KEYS, taskStanding, type TaskStanding } from "@/lib/shared/task-status";
import { taskAnchor } from "@/lib/shared/show-task";

const STANDING_STYLES: Record<TaskStanding, string> = {
  Waiting: "border-line bg-neutral-soft text-fg",
  Received: "border-info text-info",
  "In progress": "border-warn bg-warn-soft text-warn",
  Blocked: "border-danger text-danger",
  "Short of gear": "border-danger text-danger",
  Done: "border-ok bg-ok-soft text-ok",
};

/**
 * One task and the answers to its setup request, each slot reserved so nothing jumps.
 * "Trail" opens the Message Bus portlet, so only those who may see it get the button.
 */
export function TaskItem({
  task,
  showTrail,
  highlighted = false,
}: {
  task: TaskView;
  showTrail: boolean;
  highlighted?: boolean;
}) {
  // Only those its request was delivered to: a responder wired later is not waited for.
  const waiting = task.expected.filter((from) => !task.replies.some((reply) => reply.from === from));
  const standing = taskStanding(task);
  const progress = task.replies.filter((reply) => reply.moves?.by === "report").at(-1);
  const t = useTranslations();
  const format = useFormatter();
  return (
    <li
      // The target of a notification's link (#task-<id>): focused when followed, so it is programmatically focusable.
      id={taskAnchor(task.id)}
      tabIndex={-1}
      className={`relative scroll-mt-4 rounded-md border p-3 focus:outline-2 focus:outline-focus ${highlighted ? "border-focus ring-2 ring-focus" : "border-line"}`}
      data-task-id={task.id}
      aria-busy={waiting.length > 0}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 dir="auto" className="font-semibold">
          {task.name}
        </h3>
        {/* One status: the manager's and the crew's reconciled (lib/shared/task-status.ts). */}
        <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${STANDING_STYLES[standing]}`}>
          <span className="sr-only">{t("tasks.item.status")} </span>
          {t(`status.${STANDING_KEYS[standing]}`)}
        </span>
        <span className="ml-auto text-xs text-muted">
          {waiting.length > 0
            ? t("tasks.item.waitingFor", { responders: format.list(waiting.map((from) => responderLabel(from, t))) })
            : t("tasks.item.allIn")}
        </span>
        {showTrail ? (
          <button
            type="button"
            onClick={() => showTrailOf(task.id)}
            className={`${smallButtonClass} text-xs`}
            aria-label={t("tasks.item.showTrail", { name: task.name })}
          >
            {t("tasks.item.trail")}
          </button>
        ) : null}
      </div>
      {task.description ? (
        <p dir="auto" className="mt-1 text-sm whitespace-pre-line text-muted">
          {task.description}
        </p>
      ) : null}
      {task.gear.length > 0 ? (
        <p className="mt-1 text-sm text-muted">
          {t("tasks.item.needs")} <bdi>{formatGearNeeds(task.gear)}</bdi>
        </p>
      ) : null}
      {task.status !== "Open" ? (
        // The manager's status is their note: the crew's replies decide the status (lib/shared/task-status.ts).
        <p className="mt-1 text-xs text-muted">
          {t("tasks.item.note", { status: t(`tasks.taskStatus.${TASK_STATUS_KEYS[task.status]}`) })}
        </p>
      ) : null}
      <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-3">
        {task.expected.map((from) => {
          const reply = task.replies.find((r) => r.from === from && r.moves?.by !== "report");
          return (
            <div key={from} className="flex gap-1">
              <dt className="font-medium text-muted">{t("tasks.item.answerFrom", { responder: responderLabel(from, t) })}</dt>{" "}
              <dd className={reply ? "text-fg" : "text-muted italic"}>
                {reply ? <bdi>{replyText(t, reply)}</bdi> : t("tasks.item.pending")}
              </dd>
            </div>
          );
        })}
        <div className="flex gap-1">
          <dt className="font-medium text-muted">{t("tasks.item.roadies")}</dt>{" "}
          <dd className={progress ? "text-fg" : "text-muted italic"}>
            {progress ? <bdi>{replyText(t, progress)}</bdi> : t("tasks.item.notStarted")}
          </dd>
        </div>
      </dl>
    </li>
  );
}
