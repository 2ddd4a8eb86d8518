import { z } from "zod";
import { taskQuerySchema } from "@/lib/shared/task-query";
import { SETUP_SHOWABLE } from "./config";
import { REQUEST_PAGE_MAX, REQUEST_PAGE_SIZE } from "./request-page";

const STATES = ["all", "not-started", "in-progress", "blocked", "done"] as const;
const optional = (value: unknown) => (value === null || value === "" ? undefined : value);
/** A key of the catalogue's "validation" namespace, as every message here is. */
const LIMIT_ERROR = "setupLimitInvalid";

/** `GET /api/setup/requests?q=&state=&cursor=&limit=`: the search and cursor are read as the tasks list reads them. */
export const requestQuerySchema = z.object({
  q: taskQuerySchema.shape.q,
  state: z.preprocess(optional, z.enum(STATES, { error: "setupStateInvalid" }).default("all")),
  /** States left out, comma-separated (the Setup portlet's configuration): `done`, `blocked`. */
  hide: z.preprocess(
    (value) =>
      optional(value) === undefined
        ? []
        : String(value)
            .split(",")
            .map((part) => part.trim()),
    z.array(z.enum(SETUP_SHOWABLE, { error: "setupHideInvalid" })),
  ),
  cursor: taskQuerySchema.shape.cursor,
  limit: z.preprocess(
    (value) => (optional(value) === undefined ? undefined : /^\s*\d+\s*$/.test(String(value)) ? Number(value) : Number.NaN),
    z
      .number({ error: LIMIT_ERROR })
      .int()
      .min(1, LIMIT_ERROR)
      .default(REQUEST_PAGE_SIZE)
      .transform((limit) => Math.min(limit, REQUEST_PAGE_MAX)),
  ),
});
export type RequestQuery = z.output<typeof requestQuerySchema>;

export function requestQueryInput(params: URLSearchParams): Record<string, string | null> {
  return {
    q: params.get("q"),
    state: params.get("state"),
    hide: params.get("hide"),
    cursor: params.get("cursor"),
    limit: params.get("limit"),
  };
}
