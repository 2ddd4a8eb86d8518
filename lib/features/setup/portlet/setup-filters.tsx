"use client";
import { useId, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { controlClass } from "@/components/ui/field";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { STATE_CHOICES, type RequestState, type SetupFilter } from "./setup-filter";

/** Filter the requests by where they stand and search their name, description and gear. */
export function SetupFilters(props: {
  filter: SetupFilter;
  onChange: (filter: SetupFilter) => void;
  /** The search field, for the portlet to focus when it clears the filter. */
  searchRef: RefObject<HTMLInputElement | null>;
  /** States the portlet's configuration leaves out: not offered here either (choosing one showed nothing). */
  hidden: readonly RequestState[];
}) {
  const { filter, onChange } = props;
  const id = useId();
  const t = useTranslations();
  useTypedBeforeHydration(props.searchRef, filter.query, (query) => onChange({ ...filter, query }));
  return (
    <div role="search" aria-label={t("setup.filters.label")} className="mb-3 flex flex-wrap gap-2">
      <div className="min-w-0 flex-1 basis-40">
        <label htmlFor={`${id}-search`} className="block text-xs font-medium text-muted">
          {t("setup.filters.search")}
        </label>
        <input
          ref={props.searchRef}
          id={`${id}-search`}
          type="search"
          value={filter.query}
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
          className={`${controlClass} mt-0.5 block min-h-9 w-full py-1`}
        />
      </div>
      <div>
        <label htmlFor={`${id}-state`} className="block text-xs font-medium text-muted">
          {t("setup.filters.byProgress")}
        </label>
        <select
          id={`${id}-state`}
          value={filter.state}
          onChange={(event) => onChange({ ...filter, state: event.target.value as SetupFilter["state"] })}
          className={`${controlClass} mt-0.5 block min-h-9 py-1`}
        >
          {STATE_CHOICES.filter((choice) => !(props.hidden as readonly string[]).includes(choice.value)).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {t(choice.label)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
