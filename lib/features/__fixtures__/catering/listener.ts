import "server-only";
import type { ResponderListener } from "../../feature";
import { recordActivity } from "../../listener-activity/server/record-activity";
import { setupRequestSchema } from "../../setup/schema";
import { cateringFeature } from "./manifest";
import type { CateringReply } from "./schema";

/** Two meals for each piece of gear to carry, and a base of ten for the crew on the job. */
export function mealsFor(gearUnits: number): number {
  return 10 + 2 * gearUnits;
}

/** The caterer: reads each setup request and answers with a meal count. */
export const cateringListener = {
  name: cateringFeature.id,
  async receive(message, { reply }) {
    const request = setupRequestSchema.parse(message.payload);
    const meals = mealsFor(request.gear.reduce((units, need) => units + need.quantity, 0));
    await Promise.all([
      recordActivity({ listener: cateringFeature.id, message, request, answer: `${meals} meals` }),
      reply({ from: cateringFeature.id, kind: "meals", meals }),
    ]);
  },
} satisfies ResponderListener<CateringReply>;

/** Its responder's listener, by the name lib/features/listeners.generated.ts imports. */
export { cateringListener as listener };
