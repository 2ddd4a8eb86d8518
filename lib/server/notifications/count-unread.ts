import "server-only";
import { db } from "../db/client";
import { problemWhere } from "./problem-where";

/**
 * What the bell counts: the user's own tasks with a problem they have not read — a
 * task blocked twice is one, and routine answers (receipts, reservations, progress) are
 * listed in the panel but not counted, so a thousand tasks do not read "2002".
 */
export async function countUnread(userId: string): Promise<number> {
  return db.task.count({ where: { createdById: userId, replies: { some: { ownerReadAt: null, ...problemWhere() } } } });
}
