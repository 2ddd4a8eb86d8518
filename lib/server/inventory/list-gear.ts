import "server-only";
import type { GearItemView } from "@/lib/shared/gear";
import { db } from "../db/client";

/** The whole stock, by name: a touring inventory is dozens of rows, not thousands. */
export async function listGear(): Promise<GearItemView[]> {
  return db.gearItem.findMany({ select: { id: true, name: true, quantity: true }, orderBy: { name: "asc" } });
}
