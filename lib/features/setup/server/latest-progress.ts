import "server-only";
import type { ProgressView } from "@/lib/shared/progress";
import { db } from "@/lib/server/db/client";
import { toReplyView } from "@/lib/features/tasks/server/to-view";
import { progressStateOf } from "../responder";

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
    const state = progressStateOf(view);
    if (state) latest[row.task.requestId] = { state, answer: view.answer, text: view.text };
  }
  return latest;
}
