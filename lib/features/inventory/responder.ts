import type { FeatureText } from "@/lib/shared/i18n/feature-text";
import type { ResponderManifest } from "../feature";
import type { InventoryReply } from "./schema";

/** The inventory manager: reserves the gear a task names and says what is short. */
export const inventoryResponder = {
  label: { key: "inventory.responder.label", en: "Inventory" },
  describe: (reply: InventoryReply) => {
    const text = answerText(reply);
    return {
      kind: "answer",
      answer: reply.inventoryResponse,
      ...(text ? { text } : {}),
      ...(reply.inStock ? {} : { moves: { by: "concern", to: "Short of gear" } as const }),
    };
  },
  // "Reserved: …" or "Short: …" is the roadies' context too: they fetch and carry the gear. The stock itself stays the inventory's.
  readers: () => ["setup:read"],
  // A shortage needs the manager (the bell counts it): the replies describe moves to "Short of gear".
  problems: [{ kind: "answer", fields: { inStock: false } }],
} as const satisfies ResponderManifest<InventoryReply>;

/**
 * The answer in the catalogue's words, from the lines the reply names: the same sentences
 * the listener wrote in English (reserve-gear.ts, match-gear.ts). A reply that names none
 * (sent before they were carried) has none, and its English is shown.
 */
function answerText(reply: InventoryReply): FeatureText | undefined {
  const en = reply.inventoryResponse;
  if (reply.reserved) {
    const items = reply.reserved.map(({ name, quantity }) => ({
      key: "inventory.reply.line",
      en: `${quantity} × ${name}`,
      values: { quantity, name },
    }));
    return { key: "inventory.reply.reserved", en, values: { items } };
  }
  if (reply.short) {
    const items = reply.short.map(({ name, quantity, available }) => ({
      key: "inventory.reply.shortLine",
      en: `${quantity} × ${name} (${available} in stock)`,
      values: { quantity, name, available },
    }));
    return { key: "inventory.reply.short", en, values: { items } };
  }
  if (!reply.stock) return undefined;
  if (reply.stock.length === 0) return { key: "inventory.reply.noneNamed", en };
  const items = reply.stock
    .filter((item) => item.quantity > 0)
    .map(({ name, quantity }) => ({ key: "inventory.reply.stockLine", en: `${name} × ${quantity}`, values: { name, quantity } }));
  const missing = reply.stock
    .filter((item) => item.quantity <= 0)
    .map(({ name }) => ({ key: "inventory.reply.name", en: name, values: { name } }));
  if (missing.length === 0) return { key: "inventory.reply.inStock", en, values: { items } };
  if (items.length === 0) return { key: "inventory.reply.outOfStock", en, values: { missing } };
  return { key: "inventory.reply.inAndOutOfStock", en, values: { items, missing } };
}
