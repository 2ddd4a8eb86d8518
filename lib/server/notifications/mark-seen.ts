import "server-only";
import { db } from "../db/client";
import { countUnread } from "./count-unread";
import { unreadOf } from "./unread-where";

/**
 * Replies the user saw arrive (the portal was in front of them): read without opening
 * the panel. Only replies on their own tasks are touched; returns what stays unread.
 */
export async function markSeen(userId: string, replyIds: readonly string[]): Promise<number> {
  if (replyIds.length > 0) {
    await db.taskReply.updateMany({
      where: { ...unreadOf(userId), id: { in: [...replyIds] } },
      data: { ownerReadAt: new Date() },
    });
  }
  return countUnread(userId);
}
