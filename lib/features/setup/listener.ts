import "server-only";
import type { ResponderListener } from "@/lib/features/messages";
import { setupResponder } from "./responder";
import { setupReplySchema, setupRequestSchema, type SetupReply } from "./schema";
import { recordActivity } from "../listener-activity/server/record-activity";

/** The roadies: acknowledge every setup request, as the tutorial's listener does. */
export const setupListener = {
  name: setupResponder.id,
  replies: setupReplySchema,
  async receive(message, { reply }) {
    const request = setupRequestSchema.parse(message.payload);
    const answer = "Yes";
    // At once, so their writes share one commit.
    await Promise.all([
      recordActivity({ listener: setupResponder.id, message, request, answer }),
      reply({ from: setupResponder.id, kind: "ack", roadieResponse: answer }),
    ]);
  },
} satisfies ResponderListener<SetupReply>;
