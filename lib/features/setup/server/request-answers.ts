import "server-only";
import type { ReplyView } from "@/lib/shared/task";
import { replyViewOf } from "@/lib/features/tasks/server/to-view";
import { pluggedResponders } from "../../responders";
import { isCrewContext } from "../responder";
import type { RequestReplyRow } from "./list-requests.sql";

/**
 * The other responders' answers on each request that they give the roadies to read
 * (the inventory's "Reserved: …" or "Short: …"), oldest first, keyed by request id:
 * the roadies fetch and carry the gear. `rows` oldest first.
 */
export function requestAnswers(rows: readonly RequestReplyRow[]): Record<string, ReplyView[]> {
  const responders = pluggedResponders();
  const answers: Record<string, ReplyView[]> = {};
  for (const row of rows) {
    if (row.from === "setup") continue;
    const view = replyViewOf(row);
    if (isCrewContext(view, responders)) (answers[row.requestId] ??= []).push(view);
  }
  return answers;
}
