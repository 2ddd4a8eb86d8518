import "server-only";
import { isAppError } from "../app-error";
import { env } from "../env";
import { log } from "../log";
import { databaseProvider } from "./provider";
import type { SqlEngine } from "./sql-tx";
import { WriteQueue } from "./write-queue";
import { processOnce } from "../start/process-slot";

async function openEngine(): Promise<SqlEngine> {
  if (databaseProvider === "postgresql") {
    // Loaded only here: a SQLite start does not load pg.
    const { COMMIT_ORDER_LOCK, openPgEngine } = await import("./postgres/pg-engine");
    return openPgEngine(env.DATABASE_URL, { commitOrderLock: COMMIT_ORDER_LOCK });
  }
  const { openSqliteEngine } = await import("./sqlite-engine");
  // The check that a write awaits only its transaction, in tests and development (sqlite-engine.ts).
  return openSqliteEngine(env.DATABASE_URL, { checkTurns: env.NODE_ENV !== "production" });
}

/**
 * The process's one hot-path engine (SQLite's connection or PostgreSQL's pool, by
 * DATABASE_URL) and its write queue, in the process slot because Next bundles server
 * actions apart from server.ts and both must share them.
 */
const shared = await processOnce("hot-path", () =>
  openEngine().then((engine) => ({
    engine,
    writes: new WriteQueue(engine, {
      // A refusal made on purpose inside a write (AppError: a reused Idempotency-Key) is an answer, not a fault.
      onRetryAlone: (err) => {
        if (!isAppError(err)) log.warn({ err }, "shared write failed; retrying its writes one by one");
      },
    }),
  })),
);

/** Reads on the hot path outside a write (prepared once; what is committed now). */
export const engine: SqlEngine = shared.engine;
/** Writes on the hot path, group-committed. */
export const writes: WriteQueue = shared.writes;
