import "server-only";
import type { MessageListener } from "@/lib/messaging/types";
import { setupRequestSchema, type SetupRequest, type TaskReply } from "../bus/messages";
import { db } from "../db/client";
import { describeStock, matchGear } from "../inventory/match-gear";
import { publishStock } from "../inventory/publish-stock";
import { reserveGear } from "../inventory/reserve-gear";
import { recordActivity } from "../listener-activity/record-activity";

/**
 * The inventory manager: reserves the gear a task names (all or nothing, once per
 * message). A task that names none gets the older answer read from its text.
 */
export const inventoryListener: MessageListener<SetupRequest> = {
  name: "inventory",
  async receive(message, { reply }) {
    const request = setupRequestSchema.parse(message.payload);
    const { answer, inStock } =
      request.gear.length > 0 ? await reserve(message.id, message.correlationId, request) : await readFromText(request);
    // At once, so their writes share one commit (the batch writer groups them).
    await Promise.all([
      recordActivity({ listener: "inventory", message, taskName: request.name, answer }),
      reply({ from: "inventory", kind: "answer", inventoryResponse: answer, inStock } satisfies TaskReply),
    ]);
  },
};

async function reserve(messageId: string, requestId: string, request: SetupRequest) {
  const reservation = await reserveGear({ messageId, requestId, needs: request.gear });
  if (reservation.fresh && reservation.reserved) await publishStock();
  return { answer: reservation.answer, inStock: reservation.reserved };
}

async function readFromText(request: SetupRequest) {
  const gear = await db.gearItem.findMany({ select: { name: true, quantity: true }, orderBy: { name: "asc" } });
  return describeStock(matchGear(`${request.name} ${request.description}`, gear));
}
