import type { ResponderManifest } from "../feature";
import type { InventoryReply } from "./schema";

/** The inventory manager: reserves the gear a task names and says what is short. */
export const inventoryResponder = {
  label: { key: "inventory.responder.label", en: "Inventory" },
  describe: (reply: InventoryReply) => ({
    kind: "answer",
    answer: reply.inventoryResponse,
    ...(reply.inStock ? {} : { moves: { by: "concern", to: "Short of gear" } as const }),
  }),
  // "Reserved: …" or "Short: …" is the roadies' context too: they fetch and carry the gear. The stock itself stays the inventory's.
  readers: () => ["setup:read"],
  // A shortage needs the manager (the bell counts it): the replies describe moves to "Short of gear".
  problems: [{ kind: "answer", fields: { inStock: false } }],
} as const satisfies ResponderManifest<InventoryReply>;
