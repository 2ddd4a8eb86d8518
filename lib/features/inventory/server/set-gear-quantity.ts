import "server-only";
import type { GearItemView, GearQuantityInput } from "@/lib/shared/gear";
import { writes } from "@/lib/server/db/writes";
import { logEvent, push } from "@/lib/server/realtime/publish";
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
  const { item, event } = await writes.write((engine) => {
    const current = engine.get<GearItemView>(`SELECT "id", "name", "quantity" FROM "GearItem" WHERE "id" = ?`, input.id);
    if (!current) throw new UnknownGearError(input.id);
    if (current.quantity !== input.expected) throw new StockMovedError(current, input.expected);
    engine.run(`UPDATE "GearItem" SET "quantity" = ? WHERE "id" = ?`, input.quantity, input.id);
    return { item: { ...current, quantity: input.quantity }, event: logEvent(engine, "inventory:stock", readStock(engine)) };
  });
  push(event);
  return item;
}
