import { z } from "zod";
import { definePortletConfig } from "@/lib/shared/portlet-config";
import { TASK_STANDINGS } from "@/lib/shared/task-status";

export const TASKS_PAGE_SIZE = { min: 5, max: 100 } as const;
const FILTERS = ["all", ...TASK_STANDINGS] as const;

/** Tasks: how many tasks a page of the list shows, and the status filter it opens with. */
export const TASKS_CONFIG = definePortletConfig({
  shape: {
    pageSize: z.coerce
      .number("configTasksPageSizeNotNumber")
      .int("configTasksPageSizeNotWhole")
      .min(TASKS_PAGE_SIZE.min, "configTasksPageSizeTooSmall")
      .max(TASKS_PAGE_SIZE.max, "configTasksPageSizeTooLarge"),
    defaultFilter: z.enum(FILTERS, "configTasksFilterInvalid"),
  },
  // As many as a page held before pages were configurable (TASK_PAGE_SIZE): nothing changes until a user asks for less.
  defaults: { pageSize: TASKS_PAGE_SIZE.max, defaultFilter: "all" },
  fields: [
    { kind: "number", name: "pageSize", label: "Tasks per page", min: TASKS_PAGE_SIZE.min, max: TASKS_PAGE_SIZE.max },
    {
      kind: "select",
      name: "defaultFilter",
      label: "Default status filter",
      options: FILTERS.map((value) => ({ value, label: value === "all" ? "All" : value })),
    },
  ],
});
