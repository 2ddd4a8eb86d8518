import "server-only";
import type { FeatureText } from "@/lib/shared/i18n/feature-text";
import type { ListenerActivityView } from "@/lib/shared/task";
import type { ListenerActivity } from "@/lib/server/db/generated/client";

/** What the view reads of a row (a Prisma row, or the Setup list's activitiesByIds). */
export function toActivityView(row: Omit<ListenerActivity, "messageId">): ListenerActivityView {
  return {
    id: row.id,
    listener: row.listener,
    requestId: row.requestId,
    taskName: row.taskName,
    answer: row.answer,
    ...(row.text ? { text: JSON.parse(row.text) as FeatureText } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}
