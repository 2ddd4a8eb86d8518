import "server-only";
import type { ProgressInput } from "@/lib/shared/progress";
import { getBus } from "../bus/get-bus";
import { TASK_REPLY_DESTINATION, type TaskReply } from "../bus/messages";
import { db } from "../db/client";
import { UnknownTaskError } from "../tasks/store-reply";

/**
 * A roadie's report goes back the way the first "Yes" went: over the bus to the
 * request's return address, with the request's correlation id, so the Tasks portlet
 * stores and shows it like any other reply.
 */
export async function reportProgress(input: ProgressInput): Promise<void> {
  const task = await db.task.findUnique({ where: { requestId: input.requestId }, select: { id: true } });
  if (!task) throw new UnknownTaskError(input.requestId);
  const reply: TaskReply = { from: "setup", kind: "progress", state: input.state, reason: input.reason };
  await getBus().send(TASK_REPLY_DESTINATION, reply, {
    correlationId: input.requestId,
    headers: { listener: "setup" },
  });
}
