import "server-only";
import type { GearItemView, GearQuantityInput } from "@/lib/shared/gear";
import { writes } from "@/lib/server/db/writes";
import { logEvent, push } from "@/lib/server/realtime/publish";
import { gearItem, setQuantity } from "./inventory.sql";
import { readStock } from "./list-gear";

export class UnknownGearError extends Error {
  override name = "UnknownGearError";
  constructor(readonly id: string) {
    super(`No gear item has id ${id}.`);
  }
}

/** The stock moved (a task reserved some) between the start of a count and its save. */
export class StockMovedError extends Error {
  override name = "StockMovedError";
  constructor(
    readonly item: GearItemView,
    readonly expected: number,
  ) {
    super(`The stock of ${item.name} changed from ${expected} to ${item.quantity} while it was being counted.`);
  }
}

/**
 * Sets the counted quantity of one item (a stock take), then shows it everywhere.
 * Only over the quantity the count started from: a reservation made meanwhile would
 * otherwise be erased (30 reserved from 50, then a count of 43 saved, made 43 appear
 * free that were not), so the inventory manager is asked to check again instead.
 */
export async function setGearQuantity(input: GearQuantityInput): Promise<GearItemView> {
  const { item, event } = await writes.write(async (tx) => {
    // Compare and set in one statement: it holds whatever else writes the row meanwhile.
    const saved = await tx.get(setQuantity, input.quantity, input.id, input.expected);
    if (!saved) {
      const current = await tx.get(gearItem, input.id);
      throw current ? new StockMovedError(current, input.expected) : new UnknownGearError(input.id);
    }
    return { item: saved, event: logEvent(tx, "inventory:stock", await readStock(tx)) };
  });
  push(event);
  return item;
}
