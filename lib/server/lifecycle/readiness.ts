import "server-only";
import { getBus } from "../bus/get-bus";
import { dbTimestamp } from "../db/sql-tx";
import { writes } from "../db/writes";
import { isDraining } from "./draining";

/**
 * A storage fault this recent keeps the instance unready even if a small write (the
 * heartbeat) fits again: on a full disk some writes still fit in space SQLite already
 * holds, and a load balancer should not flap between this instance and the others.
 */
const FAULT_WINDOW_MS = 10_000;

export type Readiness = { ready: boolean; checks: { draining: boolean; databaseWritable: boolean; storageFault: string | null } };

/**
 * Ready = this instance should be sent new work: it is not draining, the database took
 * a write just now (a heartbeat row, through the same write queue as the bus), and
 * no write failed for storage reasons in the last 10 s. /api/health only says the process
 * answers; a load balancer should route by this.
 */
export async function readiness(): Promise<Readiness> {
  const draining = isDraining();
  let databaseWritable = true;
  try {
    const instanceId = getBus().instanceId;
    await writes.write((tx) =>
      tx.run(
        `INSERT INTO "InstanceHeartbeat" ("instanceId", "at") VALUES (?, ?) ON CONFLICT ("instanceId") DO UPDATE SET "at" = excluded."at"`,
        instanceId,
        dbTimestamp(new Date()),
      ),
    );
  } catch {
    databaseWritable = false;
  }
  const fault = writes.faultWithin(FAULT_WINDOW_MS)?.fault ?? null;
  return { ready: !draining && databaseWritable && fault === null, checks: { draining, databaseWritable, storageFault: fault } };
}
