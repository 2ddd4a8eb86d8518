import "server-only";
import type { ProgressView } from "@/lib/shared/progress";
import { db } from "@/lib/server/db/client";
import { toReplyView } from "@/lib/features/tasks/server/to-view";

/** Each request's latest roadie report, keyed by request id (requests without one are absent). */
export async function latestProgress(requestIds: readonly string[]): Promise<Record<string, ProgressView>> {
  const rows = await db.taskReply.findMany({
    where: { kind: "progress", task: { requestId: { in: [...requestIds] } } },
    include: { task: { select: { requestId: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const latest: Record<string, ProgressView> = {};
  for (const row of rows) {
    const view = toReplyView(row);
    if (view.progress) latest[row.task.requestId] = { state: view.progress, answer: view.answer };
  }
  return latest;
}
