import "server-only";
import { writes } from "@/lib/server/db/writes";
import { refreshStanding } from "./refresh-standing";
import { tasksWithoutStanding } from "./tasks.sql";

/** The LIMIT of tasksWithoutStanding. */
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
      const ids = await tx.all(tasksWithoutStanding);
      await Promise.all(ids.map(({ id }) => refreshStanding(tx, id)));
      return ids.length;
    });
    filled += done;
    if (done < BATCH) return filled;
  }
}
