import type { ProgressState, TaskView } from "./task";

/**
 * Where a task stands: the one status the Tasks portlet shows and filters by, and the
 * API's `status` filter. It reconciles the manager's status (set when the task is
 * added) with what the crew said since, so the two can no longer disagree.
 */
export const TASK_STANDINGS = ["Waiting", "Acknowledged", "In progress", "Blocked", "Short of gear", "Done"] as const;
export type TaskStanding = (typeof TASK_STANDINGS)[number];

const FROM_PROGRESS: Record<ProgressState, TaskStanding> = {
  "in-progress": "In progress",
  done: "Done",
  blocked: "Blocked",
};

/**
 * The rules, first match wins:
 * 1. the roadies' latest report (In progress, Blocked, Done): it is the newest word on
 *    the work, so a block shows even on a task the manager added as "Done";
 * 2. the manager's "Done" (work already finished when it was entered);
 * 3. "Short of gear" once the inventory could not reserve what it needs;
 * 4. the manager's "In progress";
 * 5. "Acknowledged" once the roadies or the inventory answered; else "Waiting".
 *
 * The one place this is computed: the portlet calls it on live data, and the server
 * stores its result in `Task.standing` on every change so the filter runs in SQL.
 */
export function taskStanding(task: Pick<TaskView, "status" | "replies">): TaskStanding {
  const progress = task.replies.filter((reply) => reply.kind === "progress" && reply.progress).at(-1);
  if (progress?.progress) return FROM_PROGRESS[progress.progress];
  if (task.status === "Done") return "Done";
  if (task.replies.some((reply) => reply.from === "inventory" && reply.inStock === false)) return "Short of gear";
  if (task.status === "In progress") return "In progress";
  if (task.replies.length > 0) return "Acknowledged";
  return "Waiting";
}
