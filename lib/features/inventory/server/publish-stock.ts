import "server-only";
import { writes } from "@/lib/server/db/writes";
import { logEvent, push } from "@/lib/server/realtime/publish";
import { readStock } from "./list-gear";

/** Shows the stock as it now is in every open Inventory portlet (read and logged in one write). */
export async function publishStock(): Promise<void> {
  push(await writes.write(async (tx) => logEvent(tx, "inventory:stock", await readStock(tx))));
}
