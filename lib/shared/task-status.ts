import type { ProgressState, TaskView } from "./task";

/**
 * Where a task stands: the one status every portlet shows and the Tasks portlet and the
 * API filter by. Only what the crew said moves it; the manager's status, set when the
 * task is added, is their note (shown beside it), never the task's status — so a task
 * added as "Done" shows nobody did it until a roadie says so.
 */
export const TASK_STANDINGS = ["Waiting", "Received", "In progress", "Blocked", "Short of gear", "Done"] as const;
export type TaskStanding = (typeof TASK_STANDINGS)[number];

const FROM_PROGRESS: Record<ProgressState, TaskStanding> = {
  "in-progress": "In progress",
  done: "Done",
  blocked: "Blocked",
};

/**
 * The rules, first match wins:
 * 1. the roadies' latest report (In progress, Blocked, Done): it is the newest word on the work;
 * 2. "Short of gear" once the inventory could not reserve what it needs;
 * 3. "Received" once the Setup desk or the inventory answered — an automatic receipt:
 *    no roadie has looked yet (the Setup desk's reply says "Received, waiting for a roadie");
 * 4. else "Waiting" (the request is on its way).
 *
 * The one place this is computed: the portlet calls it on live data, and the server
 * stores its result in `Task.standing` on every change so the filter runs in SQL.
 */
export function taskStanding(task: Pick<TaskView, "replies">): TaskStanding {
  const progress = task.replies.filter((reply) => reply.kind === "progress" && reply.progress).at(-1);
  if (progress?.progress) return FROM_PROGRESS[progress.progress];
  if (task.replies.some((reply) => reply.from === "inventory" && reply.inStock === false)) return "Short of gear";
  if (task.replies.length > 0) return "Received";
  return "Waiting";
}
