import "server-only";
import type { MessageListener } from "@/lib/messaging/types";
import { setupRequestSchema, type SetupRequest, type TaskReply } from "@/lib/server/bus/messages";
import { recordActivity } from "../listener-activity/server/record-activity";

/** The roadies: acknowledge every setup request, as the tutorial's listener does. */
export const setupListener: MessageListener<SetupRequest> = {
  name: "setup",
  async receive(message, { reply }) {
    const request = setupRequestSchema.parse(message.payload);
    const answer = "Yes";
    // At once, so their writes share one commit.
    await Promise.all([
      recordActivity({ listener: "setup", message, taskName: request.name, answer }),
      reply({ from: "setup", kind: "ack", roadieResponse: answer } satisfies TaskReply),
    ]);
  },
};
