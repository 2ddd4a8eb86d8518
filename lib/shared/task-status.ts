import type { ProgressState, TaskView } from "./task";

/** The crew's status of a task, as the Tasks portlet shows and filters it. */
export const CREW_STATUSES = ["Waiting", "Acknowledged", "In progress", "Done", "Blocked", "Short of gear"] as const;
export type CrewStatus = (typeof CREW_STATUSES)[number];

const FROM_PROGRESS: Record<ProgressState, CrewStatus> = {
  "in-progress": "In progress",
  done: "Done",
  blocked: "Blocked",
};

/**
 * Derived from the replies alone: a roadie's latest report wins (it is the newest
 * word on the work); before any report, missing gear matters more than a receipt.
 */
export function crewStatus(task: Pick<TaskView, "replies">): CrewStatus {
  const progress = task.replies.filter((reply) => reply.kind === "progress" && reply.progress).at(-1);
  if (progress?.progress) return FROM_PROGRESS[progress.progress];
  if (task.replies.some((reply) => reply.from === "inventory" && reply.inStock === false)) return "Short of gear";
  if (task.replies.length > 0) return "Acknowledged";
  return "Waiting";
}
