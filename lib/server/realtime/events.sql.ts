import "server-only";
import { batchStatement } from "../db/statement";

/** A commit's portal events, numbered as they go in. */
export const insertEvents = batchStatement({
  name: "insert portal events",
  values: "(?, ?, ?)",
  sql: (values) => `INSERT INTO "PortalEvent" ("type", "data", "createdAt") VALUES ${values} RETURNING "seq"`,
  row: ["PortalEvent.type", "PortalEvent.data", "PortalEvent.createdAt"],
  returns: { seq: "PortalEvent.seq" },
});
