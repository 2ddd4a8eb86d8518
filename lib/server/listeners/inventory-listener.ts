import "server-only";
import type { MessageListener } from "@/lib/messaging/types";
import { setupRequestSchema, type SetupRequest, type TaskReply } from "../bus/messages";
import { db } from "../db/client";
import { describeStock, matchGear } from "../inventory/match-gear";
import { recordActivity } from "../listener-activity/record-activity";

/** The inventory manager: is the gear this task names in stock? Answered from real rows. */
export const inventoryListener: MessageListener<SetupRequest> = {
  name: "inventory",
  async receive(message, { reply }) {
    const request = setupRequestSchema.parse(message.payload);
    const gear = await db.gearItem.findMany({ select: { name: true, quantity: true }, orderBy: { name: "asc" } });
    const { answer, inStock } = describeStock(matchGear(`${request.name} ${request.description}`, gear));
    await recordActivity({ listener: "inventory", message, taskName: request.name, answer });
    await reply({ from: "inventory", inventoryResponse: answer, inStock } satisfies TaskReply);
  },
};
