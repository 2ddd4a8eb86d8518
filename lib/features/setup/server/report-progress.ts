import "server-only";
import { createHash } from "node:crypto";
import type { ProgressInput } from "@/lib/shared/progress";
import { getBus } from "@/lib/server/bus/get-bus";
import { TASK_REPLY_DESTINATION } from "@/lib/features/messages";
import { db } from "@/lib/server/db/client";
import { UnknownTaskError } from "@/lib/features/tasks/server/store-reply";
import type { SetupProgress } from "../schema";

/**
 * A roadie's report goes back the way the first "Yes" went: over the bus to the
 * request's return address, with the request's correlation id, so the Tasks portlet
 * stores and shows it like any other reply.
 *
 * Idempotent: the same state as the latest stored report is no new reply, and reports
 * made at once (a double click, two roadies) on the same latest report share one
 * message id — the bus keeps the first send and the reply store keys rows by message
 * id, so twelve "Done" clicks leave one "Done". A different state, or a new reason
 * for a block, is a new reply.
 */
export async function reportProgress(input: ProgressInput): Promise<void> {
  const task = await db.task.findUnique({ where: { requestId: input.requestId }, select: { id: true } });
  if (!task) throw new UnknownTaskError(input.requestId);
  const latest = await db.taskReply.findFirst({
    where: { taskId: task.id, kind: "progress" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { messageId: true, body: true },
  });
  const reply: SetupProgress = { from: "setup", kind: "progress", state: input.state, reason: input.reason };
  if (latest && sameReport(latest.body, reply)) return;
  await getBus().send(TASK_REPLY_DESTINATION, reply, {
    id: reportId({ requestId: input.requestId, after: latest?.messageId ?? null, reply }),
    correlationId: input.requestId,
    headers: { listener: "setup" },
  });
}

function sameReport(body: string, reply: SetupProgress): boolean {
  try {
    const stored = JSON.parse(body) as { state?: unknown; reason?: unknown };
    return stored.state === reply.state && (stored.reason ?? undefined) === reply.reason;
  } catch {
    return false;
  }
}

/**
 * The report's message id, from what it follows and what it says: the same report on
 * the same latest one gets the same id. Shaped as a UUID (version 8, "custom") like
 * the bus's own ids.
 */
function reportId(options: { requestId: string; after: string | null; reply: SetupProgress }): string {
  const hex = createHash("sha256")
    .update(JSON.stringify(["progress", options.requestId, options.after, options.reply]))
    .digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
