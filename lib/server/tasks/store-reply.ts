import "server-only";
import type { Message } from "@/lib/messaging/types";
import type { ReplyView } from "@/lib/shared/task";
import type { TaskReply } from "../bus/messages";
import { db } from "../db/client";
import { describeReply } from "./reply-text";
import { toReplyView } from "./to-view";

export class UnknownTaskError extends Error {
  override name = "UnknownTaskError";
  constructor(readonly correlationId: string) {
    super(`No task waits for replies with correlation id ${correlationId}.`);
  }
}

/**
 * Stores a reply against the task it answers (found by correlation id). Keyed by the
 * reply message's id, so storing the same reply twice keeps one row.
 */
export async function storeReply(
  message: Message,
  reply: TaskReply,
): Promise<{ taskId: string; requestId: string; reply: ReplyView }> {
  const task = await db.task.findUnique({ where: { requestId: message.correlationId }, select: { id: true } });
  if (!task) throw new UnknownTaskError(message.correlationId);
  const { kind, answer } = describeReply(reply);
  const row = await db.taskReply.upsert({
    where: { messageId: message.id },
    create: { messageId: message.id, taskId: task.id, from: reply.from, kind, answer, body: JSON.stringify(reply) },
    update: {},
  });
  return { taskId: task.id, requestId: message.correlationId, reply: toReplyView(row) };
}
