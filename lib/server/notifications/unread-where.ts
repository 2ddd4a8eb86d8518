import "server-only";
import type { Prisma } from "../db/generated/client";

/**
 * A user's notifications are the replies on the tasks they added, until they read
 * them: derived from the replies themselves (nothing is written on the reply path
 * for them), with the read mark on the reply — a task has one creator.
 */
export function unreadOf(userId: string): Prisma.TaskReplyWhereInput {
  return { ownerReadAt: null, task: { createdById: userId } };
}
