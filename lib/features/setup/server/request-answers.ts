import "server-only";
import type { ReplyView } from "@/lib/shared/task";
import { db } from "@/lib/server/db/client";
import { toReplyView } from "@/lib/features/tasks/server/to-view";
import { pluggedResponders } from "../../responders";
import { isCrewContext } from "../responder";

/**
 * The other responders' answers on each request that they give the roadies to read
 * (the inventory's "Reserved: …" or "Short: …"), oldest first, keyed by request id:
 * the roadies fetch and carry the gear.
 */
export async function requestAnswers(requestIds: readonly string[]): Promise<Record<string, ReplyView[]>> {
  const rows = await db.taskReply.findMany({
    where: { from: { not: "setup" }, task: { requestId: { in: [...requestIds] } } },
    include: { task: { select: { requestId: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const responders = pluggedResponders();
  const answers: Record<string, ReplyView[]> = {};
  for (const row of rows) {
    const view = toReplyView(row);
    if (isCrewContext(view, responders)) (answers[row.task.requestId] ??= []).push(view);
  }
  return answers;
}
