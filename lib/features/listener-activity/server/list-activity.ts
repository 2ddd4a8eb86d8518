import "server-only";
import type { ResponderId } from "@/lib/features/responders";
import type { ListenerActivityView } from "@/lib/shared/task";
import { db } from "@/lib/server/db/client";
import { toActivityView } from "./to-activity-view";

export const ACTIVITY_LIST_LIMIT = 50;

/** What one listener portlet received and answered, newest first. */
export async function listActivity(listener: ResponderId): Promise<ListenerActivityView[]> {
  const rows = await db.listenerActivity.findMany({
    where: { listener },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ACTIVITY_LIST_LIMIT,
  });
  return rows.map(toActivityView);
}
