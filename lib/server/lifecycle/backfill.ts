import "server-only";
import { log } from "../log";
import { processValue, setProcessValue } from "../start/process-slot";

/** True while a start's one-off data change runs: /api/ready says not ready meanwhile. */
export function isBackfilling(): boolean {
  return running() > 0;
}

/** How many backfills run now (or failed: those keep the instance unready). */
const running = () => processValue<number>("backfilling") ?? 0;

/**
 * Runs a one-off data change (rows from before a column existed) after the server
 * listens, instead of before: a start on a big database answers health checks at
 * once, and a load balancer waits for /api/ready. A failure is logged and leaves the
 * instance unready (the next start tries again), never half-started.
 */
export async function backfillAfterListening(name: string, work: () => Promise<number>): Promise<void> {
  setProcessValue("backfilling", running() + 1);
  try {
    const changed = await work();
    if (changed > 0) log.info({ changed }, `backfill ${name} done`);
    setProcessValue("backfilling", running() - 1);
  } catch (err) {
    log.error({ err }, `backfill ${name} failed: not ready until a restart finishes it`);
  }
}
