import "server-only";
import { requestSummaries } from "@/lib/features/tasks/server/request-summaries";
import type { ListenerActivityView } from "@/lib/shared/task";
import { db } from "@/lib/server/db/client";
import { toActivityView } from "./to-activity-view";

export const ACTIVITY_LIST_LIMIT = 50;

/**
 * What one listener portlet received and answered, newest first, each with its
 * request's details — read from the task, which holds what the request carried.
 */
export async function listActivity(listener: string): Promise<ListenerActivityView[]> {
  const rows = await db.listenerActivity.findMany({
    where: { listener },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ACTIVITY_LIST_LIMIT,
  });
  const summaries = await requestSummaries(rows.map((row) => row.requestId));
  return rows.map((row) => {
    const view = toActivityView(row);
    const request = summaries.get(row.requestId);
    return request ? { ...view, request } : view;
  });
}
