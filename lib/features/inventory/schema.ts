import { z } from "zod";

/** The inventory manager's answer: what was reserved, or what is short. */
export const inventoryReplySchema = z.object({
  // Its responder's id (lib/features/responders.ts checks that they agree).
  from: z.literal("inventory"),
  kind: z.literal("answer").optional(),
  inventoryResponse: z.string().min(1),
  inStock: z.boolean(),
});
export type InventoryReply = z.infer<typeof inventoryReplySchema>;
