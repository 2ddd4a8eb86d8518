import "server-only";
import type { ReplyKind } from "@/lib/shared/task";
import type { TaskReply } from "@/lib/server/bus/messages";

const PROGRESS_TEXT = { "in-progress": "In progress", done: "Done", blocked: "Blocked" } as const;

/** The kind and the human-readable line the Tasks portlet shows for a reply. */
export function describeReply(reply: TaskReply): { kind: ReplyKind; answer: string } {
  if (reply.kind === "progress") {
    const text = PROGRESS_TEXT[reply.state];
    return { kind: "progress", answer: reply.reason ? `${text}: ${reply.reason}` : text };
  }
  if (reply.from === "setup") return { kind: "ack", answer: reply.roadieResponse };
  return { kind: "answer", answer: reply.inventoryResponse };
}
