import "server-only";
import { setupRequestSchema, type SetupRequest } from "@/lib/features/setup/schema";
import type { ResponderListener } from "../feature";
import { listGear } from "./server/list-gear";
import { describeStock, matchGear, type GearStock } from "./server/match-gear";
import { reserveGear, shortLines, type ReservationLine } from "./server/reserve-gear";
import { recordActivity } from "../listener-activity/server/record-activity";
import { inventoryFeature } from "./manifest";
import { inventoryResponder } from "./responder";
import type { InventoryReply } from "./schema";

/**
 * The inventory manager: reserves the gear a task names (all or nothing, once per
 * message). A task that names none gets the older answer read from its text.
 */
export const inventoryListener = {
  name: inventoryFeature.id,
  async receive(message, { reply }) {
    const request = setupRequestSchema.parse(message.payload);
    const { answer, inStock, ...named } =
      request.gear.length > 0
        ? await reserve(message.id, message.correlationId, request)
        : textMatch(matchGear(`${request.name} ${request.description}`, await listGear()));
    const payload = { from: inventoryFeature.id, kind: "answer", inventoryResponse: answer, inStock, ...named } as const;
    // The portlet's record words the answer as the reply does.
    const { text } = inventoryResponder.describe(payload);
    // At once, so their writes share one commit.
    await Promise.all([recordActivity({ listener: inventoryFeature.id, message, request, answer, text }), reply(payload)]);
  },
} satisfies ResponderListener<InventoryReply>;

/** The answer with the lines it names (schema.ts): its responder words them for each reader. */
async function reserve(messageId: string, requestId: string, request: SetupRequest) {
  const reservation = await reserveGear({ messageId, requestId, needs: request.gear });
  const line = ({ name, quantity }: ReservationLine) => ({ name, quantity });
  return {
    answer: reservation.answer,
    inStock: reservation.reserved,
    ...(reservation.reserved
      ? { reserved: reservation.lines.map(line) }
      : { short: shortLines(reservation.lines).map((short) => ({ ...line(short), available: short.available })) }),
  };
}

function textMatch(named: GearStock[]) {
  return { ...describeStock(named), stock: named.map(({ name, quantity }) => ({ name, quantity })) };
}

/** Its responder's listener, by the name lib/features/listeners.generated.ts imports. */
export { inventoryListener as listener };
