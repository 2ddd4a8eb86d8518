import "server-only";
import { batchStatement } from "@/lib/server/db/statement";

/** The listeners each of a page's requests was delivered to (one statement per page size, prepared once). */
export const deliveriesOf = batchStatement({
  name: "deliveries of requests",
  values: "?",
  sql: (ids) => `SELECT "messageId", "listener" FROM "BusDelivery" WHERE "messageId" IN (${ids})`,
  row: ["BusDelivery.messageId"],
  returns: { messageId: "BusDelivery.messageId", listener: "BusDelivery.listener" },
});
