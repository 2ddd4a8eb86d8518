import "server-only";
import { statement } from "../db/statement";

/** This instance's heartbeat: proof that the database takes a write now. */
export const upsertHeartbeat = statement({
  name: "upsert instance heartbeat",
  sql: `INSERT INTO "InstanceHeartbeat" ("instanceId", "at") VALUES (?, ?) ON CONFLICT ("instanceId") DO UPDATE SET "at" = excluded."at"`,
  params: ["InstanceHeartbeat.instanceId", "InstanceHeartbeat.at"],
});
