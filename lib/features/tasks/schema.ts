import { z } from "zod";
import type { ReplyKind, ReplyView } from "@/lib/shared/task";
import { inventoryReplies } from "../inventory/schema";
import type { ResponderId } from "../responders";
import { setupReplies } from "../setup/schema";

/** What the Tasks portlet shows of a reply besides who sent it and when. */
export type ReplyDescription = { kind: ReplyKind; answer: string } & Pick<ReplyView, "inStock" | "progress">;

/** A responder's replies: how to check one on arrival, and how the Tasks portlet words it. */
export type ReplyHandling<R extends { from: string }> = {
  schema: z.ZodType<R>;
  describe(reply: R): ReplyDescription;
};

/**
 * The replies that arrive on tour/manager/task, one entry per responder (each feature
 * defines its own in its schema.ts). Typed by the responders table: a responder
 * without an entry, an entry for no responder, or replies whose `from` is another's
 * are compile errors.
 */
export const REPLIES = {
  setup: setupReplies,
  inventory: inventoryReplies,
} as const satisfies { [K in ResponderId]: ReplyHandling<{ from: K }> };

/** Any reply, typed from the table: its `from` is a responder's id. */
export type TaskReply = { [K in ResponderId]: z.output<(typeof REPLIES)[K]["schema"]> }[ResponderId];

/** Checks an arriving reply against every responder's schema. */
export const taskReplySchema: z.ZodType<TaskReply> = z.union(
  Object.values(REPLIES).map((replies) => replies.schema as z.ZodType<TaskReply>),
);

/** How the Tasks portlet words a reply: asked of the responder that sent it. */
export function describeReply(reply: TaskReply): ReplyDescription {
  return (REPLIES[reply.from] as ReplyHandling<TaskReply>).describe(reply);
}
