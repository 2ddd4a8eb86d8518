import type { TaskView } from "./task";

/**
 * Where a task stands: the one status every portlet shows and the Tasks portlet and the
 * API filter by. Only what the crew said moves it; the manager's status, set when the
 * task is added, is their note (shown beside it), never the task's status — so a task
 * added as "Done" shows nobody did it until a roadie says so.
 */
export const TASK_STANDINGS = ["Waiting", "Received", "In progress", "Blocked", "Short of gear", "Done"] as const;
export type TaskStanding = (typeof TASK_STANDINGS)[number];

/** Each standing's key in the catalogue's "status" namespace: the stored value stays English, the label follows the reader. */
export const STANDING_KEYS = {
  Waiting: "waiting",
  Received: "received",
  "In progress": "inProgress",
  Blocked: "blocked",
  "Short of gear": "shortOfGear",
  Done: "done",
} as const satisfies Record<TaskStanding, string>;

/**
 * The rules, first match wins:
 * 1. the latest report on the work (a roadie's: In progress, Blocked, Done): it is the newest word on the work;
 * 2. a concern ("Short of gear": the inventory could not reserve what it needs);
 * 3. "Received" once any responder answered — an automatic receipt: no roadie has
 *    looked yet (the Setup desk's reply says "Received, waiting for a roadie");
 * 4. else "Waiting" (the request is on its way).
 * Responders say which of their replies report or raise a concern (`moves`); none is named here.
 *
 * The one place this is computed: the portlet calls it on live data, and the server
 * stores its result in `Task.standing` on every change so the filter runs in SQL.
 */
export function taskStanding(task: Pick<TaskView, "replies">): TaskStanding {
  const report = task.replies.filter((reply) => reply.moves?.by === "report").at(-1);
  if (report?.moves) return report.moves.to;
  const concern = task.replies.find((reply) => reply.moves?.by === "concern");
  if (concern?.moves) return concern.moves.to;
  if (task.replies.length > 0) return "Received";
  return "Waiting";
}

/** The standings that need the manager: a reply moving a task there is a problem (the bell counts it, a toast shows it). */
const PROBLEM_STANDINGS: readonly TaskStanding[] = ["Blocked", "Short of gear"];

export function isProblemStanding(standing: TaskStanding): boolean {
  return PROBLEM_STANDINGS.includes(standing);
}
