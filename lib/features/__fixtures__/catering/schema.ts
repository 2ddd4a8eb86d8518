import { z } from "zod";

/** The caterer's answer to a setup request: how many meals the crew doing it will need. */
export const cateringReplySchema = z.object({
  // Its feature's id: a reply names the responder that sent it.
  from: z.literal("catering"),
  kind: z.literal("meals"),
  meals: z.number().int().nonnegative(),
});
export type CateringReply = z.infer<typeof cateringReplySchema>;

/**
 * Its replies' schema, as the server finds it (replies.generated.ts, by the folder's id): the
 * Tasks listener checks what arrives against it and stored replies are read by it. Not on the
 * manifest, which the browser loads: zod stays out of the pages' first load.
 */
export const replies = cateringReplySchema;
