import "server-only";
import { publish } from "../realtime/publish";
import { listGear } from "./list-gear";

/** Shows the stock as it now is in every open Inventory portlet. */
export async function publishStock(): Promise<void> {
  await publish("inventory:stock", await listGear());
}
