import "server-only";
import type { MessageListener } from "@/lib/messaging/types";
import { setupResponder } from "./responder";
import { setupRequestSchema, type SetupAck, type SetupRequest } from "./schema";
import { recordActivity } from "../listener-activity/server/record-activity";

/** The roadies: acknowledge every setup request, as the tutorial's listener does. */
export const setupListener = {
  name: setupResponder.id,
  async receive(message, { reply }) {
    const request = setupRequestSchema.parse(message.payload);
    const answer = "Yes";
    // At once, so their writes share one commit.
    await Promise.all([
      recordActivity({ listener: setupResponder.id, message, taskName: request.name, answer }),
      reply({ from: setupResponder.id, kind: "ack", roadieResponse: answer }),
    ]);
  },
} satisfies MessageListener<SetupRequest, SetupAck>;
