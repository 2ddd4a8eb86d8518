import { z } from "zod";
import type { ReplyHandling } from "../tasks/schema";
import { inventoryResponder } from "./responder";

/** The inventory manager's answer: what was reserved, or what is short. */
export const inventoryReplySchema = z.object({
  from: z.literal(inventoryResponder.id),
  kind: z.literal("answer").optional(),
  inventoryResponse: z.string().min(1),
  inStock: z.boolean(),
});
export type InventoryReply = z.infer<typeof inventoryReplySchema>;

export const inventoryReplies: ReplyHandling<InventoryReply> = {
  schema: inventoryReplySchema,
  describe: (reply) => ({ kind: "answer", answer: reply.inventoryResponse, inStock: reply.inStock }),
};
