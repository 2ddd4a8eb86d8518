import "server-only";
import type { ResponderListener } from "../feature";
import { setupFeature } from "./manifest";
import { setupRequestSchema, type SetupReply } from "./schema";
import { recordActivity } from "../listener-activity/server/record-activity";

/** The roadies: acknowledge every setup request, as the tutorial's listener does. */
export const setupListener = {
  name: setupFeature.id,
  async receive(message, { reply }) {
    const request = setupRequestSchema.parse(message.payload);
    const answer = "Yes";
    // At once, so their writes share one commit.
    await Promise.all([
      recordActivity({ listener: setupFeature.id, message, request, answer }),
      reply({ from: setupFeature.id, kind: "ack", roadieResponse: answer }),
    ]);
  },
} satisfies ResponderListener<SetupReply>;

/** Its responder's listener, by the name lib/features/listeners.generated.ts imports. */
export { setupListener as listener };
