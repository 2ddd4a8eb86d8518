"use client";
import { controlClass } from "@/components/ui/field";
import { CREW_STATUSES } from "@/lib/shared/task-status";
import type { Filters } from "./match-filters";

/** Filter by crew status and search by name or description. */
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
          {CREW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
