import "server-only";
import type { GearItemView } from "@/lib/shared/gear";
import type { SqlTx } from "@/lib/server/db/sql-tx";
import { engine } from "@/lib/server/db/writes";

const STOCK = `SELECT "id", "name", "quantity" FROM "GearItem" ORDER BY "name" ASC`;

/** The whole stock, by name, inside a write: a touring inventory is dozens of rows, not thousands. */
export function readStock(tx: SqlTx): Promise<GearItemView[]> {
  return tx.all<GearItemView>(STOCK);
}

/** The stock as committed now (pages and the inventory's answers). */
export function listGear(): Promise<GearItemView[]> {
  return engine.all<GearItemView>(STOCK);
}
