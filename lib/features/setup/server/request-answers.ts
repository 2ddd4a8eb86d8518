import "server-only";
import type { ReplyView } from "@/lib/shared/task";
import { db } from "@/lib/server/db/client";
import { toReplyView } from "@/lib/features/tasks/server/to-view";

/**
 * The other responders' answers on each request (the inventory's "Reserved: …" or
 * "Short: …"), oldest first, keyed by request id: the roadies fetch and carry the gear.
 */
export async function requestAnswers(requestIds: readonly string[]): Promise<Record<string, ReplyView[]>> {
  const rows = await db.taskReply.findMany({
    where: { kind: "answer", task: { requestId: { in: [...requestIds] } } },
    include: { task: { select: { requestId: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const answers: Record<string, ReplyView[]> = {};
  for (const row of rows) (answers[row.task.requestId] ??= []).push(toReplyView(row));
  return answers;
}
