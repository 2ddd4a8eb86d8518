import "server-only";
import type { GearItemView, GearQuantityInput } from "@/lib/shared/gear";
import { db } from "../db/client";
import { publishStock } from "./publish-stock";

export class UnknownGearError extends Error {
  override name = "UnknownGearError";
  constructor(readonly id: string) {
    super(`No gear item has id ${id}.`);
  }
}

/** Sets the counted quantity of one item (a stock take), then shows it everywhere. */
export async function setGearQuantity(input: GearQuantityInput): Promise<GearItemView> {
  const { count } = await db.gearItem.updateMany({ where: { id: input.id }, data: { quantity: input.quantity } });
  if (count === 0) throw new UnknownGearError(input.id);
  await publishStock();
  return db.gearItem.findUniqueOrThrow({ where: { id: input.id }, select: { id: true, name: true, quantity: true } });
}
