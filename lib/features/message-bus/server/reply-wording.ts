import "server-only";
import { describeReply, readReply, responderOf } from "@/lib/features/responders";
import type { Message } from "@/lib/messaging/types";
import { TASK_REPLY_DESTINATION } from "@/lib/features/messages";

/**
 * A reply as its responder words it ("Setup: In progress", "Setup: Blocked: no power",
 * "Inventory: Short: …"), for the trail; undefined for other messages and for a reply
 * no wired responder's schema reads.
 */
export function replyWording(message: Pick<Message, "destination" | "payload">): string | undefined {
  if (message.destination !== TASK_REPLY_DESTINATION) return undefined;
  const reply = readReply(message.payload);
  if (!reply) return undefined;
  // In English, as the replies' own text is: the trail is the API's answer too.
  return `${responderOf(reply.from)!.label.en}: ${describeReply(reply)!.answer}`;
}
