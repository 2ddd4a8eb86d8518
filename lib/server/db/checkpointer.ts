import "server-only";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the WAL into the database file from a worker thread, every `intervalMs`.
 * SQLite otherwise checkpoints inside whichever commit crosses the WAL's size limit,
 * on the event loop, with an fsync: in a server profile under load the commits were
 * the largest single cost, most of it checkpoints. A PASSIVE checkpoint never waits
 * for or blocks the writers; the connections themselves then never checkpoint
 * (wal_autocheckpoint = 0). If the worker stops, the WAL only grows until the next
 * start, and nothing committed is at risk.
 */
export function startCheckpointer(options: { file: string; intervalMs?: number; onError: (error: unknown) => void }): {
  stop(): Promise<void>;
} {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      file: options.file,
      intervalMs: options.intervalMs ?? 1_000,
      driver: createRequire(import.meta.url).resolve("better-sqlite3"),
    },
  });
  worker.unref();
  worker.on("error", options.onError);
  return {
    async stop() {
      await worker.terminate();
    },
  };
}

// Plain JavaScript: a worker started from source runs without the TypeScript loader.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 0");
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
setInterval(() => {
  try {
    checkpoint.run();
  } catch (error) {
    // Busy now (another checkpoint, a schema change): the next tick tries again.
    if (!String(error && error.code).startsWith("SQLITE_BUSY")) throw error;
  }
}, workerData.intervalMs);
`;
