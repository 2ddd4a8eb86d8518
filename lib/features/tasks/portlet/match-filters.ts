import type { TaskView } from "@/lib/shared/task";
import type { TaskFilters } from "@/lib/shared/task-page";
import { taskStanding } from "@/lib/shared/task-status";

export type Filters = TaskFilters;

/**
 * The server's filter (lib/features/tasks/server/list-tasks.ts), for tasks the page already
 * holds: live arrivals and replies. Same standing, same search: a substring of the
 * name or description, ignoring case and outer spaces.
 */
export function matchesFilters(task: TaskView, filters: TaskFilters): boolean {
  if (filters.status !== "all" && taskStanding(task) !== filters.status) return false;
  const query = filters.query.trim().toLowerCase();
  return query === "" || task.name.toLowerCase().includes(query) || task.description.toLowerCase().includes(query);
}
