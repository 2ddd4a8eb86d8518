import type { ProgressView } from "@/lib/shared/progress";
import type { ListenerActivityView, ReplyView } from "@/lib/shared/task";
import type { SetupFilter } from "./portlet/setup-filter";

// No zod in this module: the browser imports it. The query's schema: request-query.ts.

/** Requests per page of the Setup portlet (and the most one page holds). */
export const REQUEST_PAGE_SIZE = 50;
export const REQUEST_PAGE_MAX = 200;

/**
 * One page of `GET /api/setup/requests`: the requests the Setup desk received, newest
 * first, with each one's latest report and the other responders' answers, how many
 * match in all and where the next page starts.
 */
export type RequestPage = {
  requests: ListenerActivityView[];
  progress: Record<string, ProgressView>;
  answers: Record<string, ReplyView[]>;
  /** How many match, counted up to TOTAL_COUNTED_UP_TO (lib/shared/counted-total.ts); `totalCapped`: more do. */
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
};

export type RequestFilter = SetupFilter;
