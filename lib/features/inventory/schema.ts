import { z } from "zod";

const gearLine = z.object({ name: z.string(), quantity: z.number().int().min(0) });

/**
 * The inventory manager's answer: what was reserved, or what is short. Besides its
 * English, it carries the lines it names, so each reader sees it in their language
 * (its responder words them); replies sent before these were carried have none.
 */
export const inventoryReplySchema = z.object({
  // Its responder's id (lib/features/responders.ts checks that they agree).
  from: z.literal("inventory"),
  kind: z.literal("answer").optional(),
  inventoryResponse: z.string().min(1),
  inStock: z.boolean(),
  /** Every line, reserved. */
  reserved: z.array(gearLine).optional(),
  /** The lines the stock could not cover, with what it has: nothing was reserved. */
  short: z.array(gearLine.extend({ available: z.number().int().min(0) })).optional(),
  /** A task that names no gear: the stocked items its text names, with their stock (0: out of stock). */
  stock: z.array(gearLine).optional(),
});
export type InventoryReply = z.infer<typeof inventoryReplySchema>;

/**
 * Its replies' schema, as the server finds it (replies.generated.ts, by the folder's id): the
 * Tasks listener checks what arrives against it and stored replies are read by it. Not on the
 * manifest, which the browser loads: zod stays out of the pages' first load.
 */
export const replies = inventoryReplySchema;
