"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { controlClass } from "@/components/ui/field";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { TASK_SEARCH_MAX, type TaskFilters as Filters } from "@/lib/shared/task-page";
import { STANDING_KEYS, TASK_STANDINGS } from "@/lib/shared/task-status";

/** Search by name or description and filter by where tasks stand; the server does both, over all tasks. */
export function TaskFilters({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const t = useTranslations();
  const search = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(search, filters.query, (query) => onChange({ ...filters, query }));
  return (
    <div role="search" aria-label={t("tasks.filters.label")} className="flex flex-wrap gap-2">
      <div>
        <label htmlFor="task-search" className="block text-xs font-medium text-muted">
          {t("tasks.filters.search")}
        </label>
        <input
          ref={search}
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
          {t("tasks.filters.byProgress")}
        </label>
        <select
          id="task-filter"
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value as Filters["status"] })}
          className={`${controlClass} mt-0.5 block py-1`}
        >
          <option value="all">{t("tasks.filters.all")}</option>
          {TASK_STANDINGS.map((status) => (
            <option key={status} value={status}>
              {t(`status.${STANDING_KEYS[status]}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
