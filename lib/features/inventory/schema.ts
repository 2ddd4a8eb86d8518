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

/**
 * Its replies' schema, as the server finds it (replies.generated.ts, by the folder's id): the
 * Tasks listener checks what arrives against it and stored replies are read by it. Not on the
 * manifest, which the browser loads: zod stays out of the pages' first load.
 */
export const replies = inventoryReplySchema;
