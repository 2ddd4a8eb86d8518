import type { TaskView } from "./task";
import type { TaskStanding } from "./task-status";

// No zod in this module: the browser imports it. The query's schema: task-query.ts.

/** Tasks per page when nobody says otherwise (the portlet's `pageSize`, the API's `limit`). */
export const TASK_PAGE_SIZE = 100;
/** The most one page holds: a larger `limit` is capped to it. */
export const TASK_PAGE_MAX = 200;
export const TASK_SEARCH_MAX = 200;

/** Which tasks the list shows: a search in name and description, and one standing or all. */
export type TaskFilters = { query: string; status: TaskStanding | "all" };
export const NO_FILTERS: TaskFilters = { query: "", status: "all" };

/**
 * One page of `GET /api/tasks`: the tasks, how many match (counted up to
 * TOTAL_COUNTED_UP_TO; `totalCapped`: more than that match), and where the next page starts.
 */
export type TaskPage = { tasks: TaskView[]; total: number; totalCapped: boolean; nextCursor: string | null };
