import type { TaskView } from "@/lib/shared/task";
import { crewStatus, type CrewStatus } from "@/lib/shared/task-status";

export type Filters = { status: CrewStatus | "all"; query: string };

/** Client-side filtering: the list holds at most the newest hundred tasks. */
export function matchesFilters(task: TaskView, filters: Filters): boolean {
  if (filters.status !== "all" && crewStatus(task) !== filters.status) return false;
  const query = filters.query.trim().toLowerCase();
  return query === "" || `${task.name}\n${task.description}`.toLowerCase().includes(query);
}
