import "server-only";
import type { Message } from "@/lib/messaging/types";
import type { ReplyView } from "@/lib/shared/task";
import type { ResponderReply } from "@/lib/features/feature";
import { describeReply } from "@/lib/features/responders";
import { orderedId } from "@/lib/server/db/ordered-id";
import type { SqlTx } from "@/lib/server/db/sql-tx";
import { writes } from "@/lib/server/db/writes";
import { isProblemReply } from "@/lib/server/notifications/problem-where";
import { logEvent, push } from "@/lib/server/realtime/publish";
import { refreshStanding } from "./refresh-standing";
import { insertReply, replyByMessage } from "./tasks.sql";
import { replyViewOf } from "./to-view";

export class UnknownTaskError extends Error {
  override name = "UnknownTaskError";
  constructor(readonly correlationId: string) {
    super(`No task waits for replies with correlation id ${correlationId}.`);
  }
}

export type StoredReply = { taskId: string; requestId: string; reply: ReplyView };

/**
 * Stores a reply against the task it answers (found by correlation id, in the same
 * statement) and shows it live. Keyed by the reply message's id, so storing the same
 * reply twice keeps one row and pushes it once.
 */
export async function storeReply(message: Message, reply: ResponderReply): Promise<StoredReply> {
  // The Tasks listener checked it against the plugged responders' schemas: one of them reads it.
  const { kind, answer } = describeReply(reply)!;
  const stored = await writes.write(async (tx) => {
    const createdAt = new Date();
    const body = JSON.stringify(reply);
    const problem = isProblemReply({ from: reply.from, kind, body });
    const row = await tx.get(
      insertReply,
      orderedId(),
      message.id,
      reply.from,
      kind,
      answer,
      body,
      problem,
      createdAt,
      message.correlationId,
    );
    if (!row) return { fresh: false as const, existing: await existingReply(tx, message) };
    await refreshStanding(tx, row.taskId);
    const data: StoredReply = {
      taskId: row.taskId,
      requestId: message.correlationId,
      reply: replyViewOf({ id: row.id, from: reply.from, kind, answer, createdAt }, reply),
    };
    return { fresh: true as const, data, event: logEvent(tx, "task:reply", data) };
  });
  if (!stored.fresh) return stored.existing;
  push(stored.event);
  return stored.data;
}

/** The row a redelivered reply finds (nothing new to push), or UnknownTaskError when no task has that correlation id. */
async function existingReply(tx: SqlTx, message: Message): Promise<StoredReply> {
  const row = await tx.get(replyByMessage, message.id);
  if (!row) throw new UnknownTaskError(message.correlationId);
  return { taskId: row.taskId, requestId: message.correlationId, reply: replyViewOf(row) };
}
