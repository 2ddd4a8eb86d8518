import { z } from "zod";

/** The caterer's answer to a setup request: how many meals the crew doing it will need. */
export const cateringReplySchema = z.object({
  // Its feature's id: a reply names the responder that sent it.
  from: z.literal("catering"),
  kind: z.literal("meals"),
  meals: z.number().int().nonnegative(),
});
export type CateringReply = z.infer<typeof cateringReplySchema>;
