import type { ResponderEntry } from "../responders";
import type { InventoryReply } from "./schema";

/** The inventory manager: reserves the gear a task names and says what is short. */
export const inventoryResponder = {
  id: "inventory",
  label: "Inventory",
  permission: "inventory:read",
  describe: (reply: InventoryReply) => ({ kind: "answer", answer: reply.inventoryResponse, inStock: reply.inStock }),
} as const satisfies ResponderEntry<InventoryReply>;
