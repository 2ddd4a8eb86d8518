import "server-only";
import type { ProgressView } from "@/lib/shared/progress";
import { replyViewOf } from "@/lib/features/tasks/server/to-view";
import { progressStateOf } from "../responder";
import type { RequestReplyRow } from "./list-requests.sql";

/** Each request's latest roadie report, keyed by request id (requests without one are absent); `rows` oldest first. */
export function latestProgress(rows: readonly RequestReplyRow[]): Record<string, ProgressView> {
  const latest: Record<string, ProgressView> = {};
  for (const row of rows) {
    if (row.kind !== "progress") continue;
    const view = replyViewOf(row);
    const state = progressStateOf(view);
    if (state) latest[row.requestId] = { state, answer: view.answer, text: view.text };
  }
  return latest;
}
