import type { TaskView } from "./task";

/**
 * Where a task stands: the one status the Tasks portlet shows and filters by, and the
 * API's `status` filter. It reconciles the manager's status (set when the task is
 * added) with what the crew said since, so the two can no longer disagree.
 */
export const TASK_STANDINGS = ["Waiting", "Acknowledged", "In progress", "Blocked", "Short of gear", "Done"] as const;
export type TaskStanding = (typeof TASK_STANDINGS)[number];

/**
 * The rules, first match wins:
 * 1. the latest report on the work (a roadie's) (In progress, Blocked, Done): it is the newest word on
 *    the work, so a block shows even on a task the manager added as "Done";
 * 2. the manager's "Done" (work already finished when it was entered);
 * 3. a concern ("Short of gear": the inventory could not reserve what it needs);
 * 4. the manager's "In progress";
 * 5. "Acknowledged" once the roadies or the inventory answered; else "Waiting".
 *
 * The one place this is computed: the portlet calls it on live data, and the server
 * stores its result in `Task.standing` on every change so the filter runs in SQL.
 */
export function taskStanding(task: Pick<TaskView, "status" | "replies">): TaskStanding {
  const report = task.replies.filter((reply) => reply.moves?.by === "report").at(-1);
  if (report?.moves) return report.moves.to;
  if (task.status === "Done") return "Done";
  const concern = task.replies.find((reply) => reply.moves?.by === "concern");
  if (concern?.moves) return concern.moves.to;
  if (task.status === "In progress") return "In progress";
  if (task.replies.length > 0) return "Acknowledged";
  return "Waiting";
}
