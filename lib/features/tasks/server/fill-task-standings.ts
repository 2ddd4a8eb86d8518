import "server-only";
import { writes } from "@/lib/server/db/writes";
import { refreshStanding } from "./refresh-standing";

const BATCH = 500;

/**
 * Fills `Task.standing` for tasks stored before the column existed (the migration adds
 * it empty: the rules live in TypeScript, not SQL). Runs at start, before the server
 * listens; in batches, so one commit stays short. Returns how many it filled.
 */
export async function fillTaskStandings(): Promise<number> {
  let filled = 0;
  for (;;) {
    const done = await writes.write(async (tx) => {
      const ids = await tx.all<{ id: string }>(`SELECT "id" FROM "Task" WHERE "standing" IS NULL LIMIT ${BATCH}`);
      await Promise.all(ids.map(({ id }) => refreshStanding(tx, id)));
      return ids.length;
    });
    filled += done;
    if (done < BATCH) return filled;
  }
}
