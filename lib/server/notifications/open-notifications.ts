import "server-only";
import { NOTIFICATIONS_LISTED, type NotificationView, type OpenedNotifications } from "@/lib/shared/notifications";
import { db } from "../db/client";
import { countUnread } from "./count-unread";
import { unreadOf } from "./unread-where";

/**
 * The user opened the Notifications panel: lists their newest unread replies and
 * marks read every unread one up to the newest listed. Reply ids sort by time (UUIDv7,
 * ordered-id.ts), so a reply that lands meanwhile sorts later and stays unread: none
 * is read unseen, and a crew with thousands unread is not read into memory.
 */
export async function openNotifications(userId: string): Promise<OpenedNotifications> {
  const where = unreadOf(userId);
  const rows = await db.taskReply.findMany({
    where,
    orderBy: { id: "desc" },
    take: NOTIFICATIONS_LISTED,
    select: { id: true, taskId: true, from: true, kind: true, answer: true, createdAt: true, task: { select: { name: true } } },
  });
  const newest = rows[0];
  if (!newest) return { items: [], more: 0, unread: 0 };
  const { count } = await db.taskReply.updateMany({ where: { ...where, id: { lte: newest.id } }, data: { ownerReadAt: new Date() } });
  const items: NotificationView[] = rows.map((row) => ({
    id: row.id,
    taskId: row.taskId,
    taskName: row.task.name,
    from: row.from,
    kind: row.kind,
    answer: row.answer,
    createdAt: row.createdAt.toISOString(),
  }));
  return { items, more: Math.max(0, count - items.length), unread: await countUnread(userId) };
}
