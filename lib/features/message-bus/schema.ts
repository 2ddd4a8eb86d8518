import { z } from "zod";

export const replaySchema = z.object({
  messageId: z.string().trim().min(1, "messageId is required.").max(200),
  listener: z.string().trim().min(1, "listener is required.").max(100),
});
