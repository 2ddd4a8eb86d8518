import "server-only";
import { isAppError } from "../app-error";
import { env } from "../env";
import { log } from "../log";
import { openSqliteEngine, type SqliteEngine } from "./sqlite-engine";
import { WriteQueue } from "./write-queue";

const key = Symbol.for("tourbus.sqlite");
type Holder = { [key]?: { engine: SqliteEngine; writes: WriteQueue } };

/**
 * The process's one hot-path connection and its write queue, on globalThis because
 * Next bundles server actions apart from server.ts and both must share them.
 */
const shared = ((globalThis as Holder)[key] ??= (() => {
  const engine = openSqliteEngine(env.DATABASE_URL);
  const writes = new WriteQueue(engine, {
    // A refusal made on purpose inside a write (AppError: a reused Idempotency-Key) is an answer, not a fault.
    onRetryAlone: (err) => {
      if (!isAppError(err)) log.warn({ err }, "shared write failed; retrying its writes one by one");
    },
  });
  return { engine, writes };
})());

/** Reads on the hot path (synchronous, prepared once). */
export const sqlite: SqliteEngine = shared.engine;
/** Writes on the hot path, group-committed. */
export const writes: WriteQueue = shared.writes;
