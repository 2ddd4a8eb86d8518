import "server-only";
import type { GearItemView } from "@/lib/shared/gear";
import type { SqlTx } from "@/lib/server/db/sql-tx";
import { engine } from "@/lib/server/db/writes";
import { stock } from "./inventory.sql";

/** The whole stock, by name, inside a write: a touring inventory is dozens of rows, not thousands. */
export function readStock(tx: SqlTx): Promise<GearItemView[]> {
  return tx.all(stock);
}

/** The stock as committed now (pages and the inventory's answers). */
export function listGear(): Promise<GearItemView[]> {
  return engine.all(stock);
}
