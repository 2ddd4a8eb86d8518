import "server-only";
import type { ListenerActivityView, Responder } from "@/lib/shared/task";
import { db } from "@/lib/server/db/client";
import { toActivityView } from "./to-activity-view";

export const ACTIVITY_LIST_LIMIT = 50;

/** What one listener portlet received and answered, newest first. */
export async function listActivity(listener: Responder): Promise<ListenerActivityView[]> {
  const rows = await db.listenerActivity.findMany({
    where: { listener },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ACTIVITY_LIST_LIMIT,
  });
  return rows.map(toActivityView);
}
