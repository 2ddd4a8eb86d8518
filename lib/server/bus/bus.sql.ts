import "server-only";
import { batchStatement, statement } from "../db/statement";

/** A message into the bus's log, once: RETURNING says whether it is new. */
export const insertMessage = statement({
  name: "insert bus message",
  sql: `INSERT INTO "BusMessage" ("id", "destination", "payload", "responseDestination", "correlationId", "headers", "createdAt")
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO NOTHING RETURNING "seq"`,
  params: [
    "BusMessage.id",
    "BusMessage.destination",
    "BusMessage.payload",
    "BusMessage.responseDestination",
    "BusMessage.correlationId",
    "BusMessage.headers",
    "BusMessage.createdAt",
  ],
  returns: { seq: "BusMessage.seq" },
});

/** New messages' pending deliveries, many at once. */
export const insertPendingDeliveries = batchStatement({
  name: "insert pending deliveries",
  values: "(?, ?, 'pending', 0, ?)",
  sql: (values) => `INSERT INTO "BusDelivery" ("messageId", "listener", "state", "attempts", "updatedAt")
        VALUES ${values} ON CONFLICT ("messageId", "listener") DO NOTHING`,
  row: ["BusDelivery.messageId", "BusDelivery.listener", "BusDelivery.updatedAt"],
});

/** The last word on many deliveries at once. */
export const upsertDeliveries = batchStatement({
  name: "upsert deliveries",
  values: "(?, ?, ?, ?, ?, ?, ?, ?)",
  sql: (
    values,
  ) => `INSERT INTO "BusDelivery" ("messageId", "listener", "state", "attempts", "lastError", "nextAttemptAt", "durationMs", "updatedAt")
        VALUES ${values}
        ON CONFLICT ("messageId", "listener") DO UPDATE SET
          "state" = excluded."state", "attempts" = excluded."attempts", "lastError" = excluded."lastError",
          "nextAttemptAt" = excluded."nextAttemptAt", "durationMs" = excluded."durationMs", "updatedAt" = excluded."updatedAt"`,
  row: [
    "BusDelivery.messageId",
    "BusDelivery.listener",
    "BusDelivery.state",
    "BusDelivery.attempts",
    "BusDelivery.lastError",
    "BusDelivery.nextAttemptAt",
    "BusDelivery.durationMs",
    "BusDelivery.updatedAt",
  ],
});

export const insertRejection = statement({
  name: "insert bus rejection",
  sql: `INSERT INTO "BusRejection" ("messageId", "destination", "reason", "payload", "createdAt") VALUES (?, ?, ?, ?, ?)`,
  params: [
    "BusRejection.messageId",
    "BusRejection.destination",
    "BusRejection.reason",
    "BusRejection.payload",
    "BusRejection.createdAt",
  ],
});
