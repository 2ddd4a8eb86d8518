import "server-only";
import type { GearItemView } from "@/lib/shared/gear";
import type { SqliteEngine } from "@/lib/server/db/sqlite-engine";
import { sqlite } from "@/lib/server/db/writes";

/** The whole stock, by name: a touring inventory is dozens of rows, not thousands. */
export function readStock(engine: SqliteEngine): GearItemView[] {
  return engine.all<GearItemView>(`SELECT "id", "name", "quantity" FROM "GearItem" ORDER BY "name" ASC`);
}

/** The stock as committed now (pages and the inventory's answers). */
export function listGear(): GearItemView[] {
  return readStock(sqlite);
}
