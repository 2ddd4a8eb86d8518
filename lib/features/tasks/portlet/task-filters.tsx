"use client";
import { controlClass } from "@/components/ui/field";
import { TASK_SEARCH_MAX, type TaskFilters as Filters } from "@/lib/shared/task-page";
import { TASK_STANDINGS } from "@/lib/shared/task-status";

/** Search by name or description and filter by where tasks stand; the server does both, over all tasks. */
export function TaskFilters({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  return (
    <div role="search" aria-label="Filter tasks" className="flex flex-wrap gap-2">
      <div>
        <label htmlFor="task-search" className="block text-xs font-medium text-muted">
          Search tasks
        </label>
        <input
          id="task-search"
          type="search"
          maxLength={TASK_SEARCH_MAX}
          value={filters.query}
          onChange={(event) => onChange({ ...filters, query: event.target.value })}
          className={`${controlClass} mt-0.5 block w-44 py-1`}
        />
      </div>
      <div>
        <label htmlFor="task-filter" className="block text-xs font-medium text-muted">
          Filter by progress
        </label>
        <select
          id="task-filter"
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value as Filters["status"] })}
          className={`${controlClass} mt-0.5 block py-1`}
        >
          <option value="all">All</option>
          {TASK_STANDINGS.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
