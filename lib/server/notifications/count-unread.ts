import "server-only";
import { db } from "../db/client";
import { unreadOf } from "./unread-where";

/** How many replies on the user's own tasks they have not read. */
export async function countUnread(userId: string): Promise<number> {
  return db.taskReply.count({ where: unreadOf(userId) });
}
