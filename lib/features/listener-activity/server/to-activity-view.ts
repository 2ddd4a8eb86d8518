import "server-only";
import type { ListenerActivityView } from "@/lib/shared/task";
import type { ListenerActivity } from "@/lib/server/db/generated/client";

export function toActivityView(row: ListenerActivity): ListenerActivityView {
  return {
    id: row.id,
    listener: row.listener,
    requestId: row.requestId,
    taskName: row.taskName,
    answer: row.answer,
    createdAt: row.createdAt.toISOString(),
  };
}
