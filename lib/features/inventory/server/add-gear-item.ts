import "server-only";
import type { GearItemInput, GearItemView } from "@/lib/shared/gear";
import { db } from "@/lib/server/db/client";
import { gearKey } from "./match-gear";
import { publishStock } from "./publish-stock";

/** Gear is matched by name ignoring case and plurals, so such a twin would be ambiguous. */
export class GearNameTakenError extends Error {
  override name = "GearNameTakenError";
  constructor(readonly existing: string) {
    super(`There is already gear called “${existing}”: names that differ only in case, spacing or plural are one item.`);
  }
}

/** Adds a gear item to the stock, refusing a name that matches one already there. */
export async function addGearItem(input: GearItemInput): Promise<GearItemView> {
  const item = await db.$transaction(async (tx) => {
    const names = await tx.gearItem.findMany({ select: { name: true } });
    const twin = names.find((known) => gearKey(known.name) === gearKey(input.name));
    if (twin) throw new GearNameTakenError(twin.name);
    return tx.gearItem.create({ data: input, select: { id: true, name: true, quantity: true } });
  });
  await publishStock();
  return item;
}
