import "server-only";

/** What went wrong with the database, as far as a caller can act on it. */
export type StorageFault = "busy" | "full" | "read-only" | "io";

const FAULT_BY_CODE: [prefix: string, fault: StorageFault][] = [
  ["SQLITE_BUSY", "busy"],
  ["SQLITE_LOCKED", "busy"],
  ["SQLITE_FULL", "full"],
  ["SQLITE_READONLY", "read-only"],
  ["SQLITE_IOERR", "io"],
  ["SQLITE_CANTOPEN", "io"],
];

/**
 * PostgreSQL's SQLSTATEs (the `code` node-postgres gives its errors) that say the
 * same things. "busy": another transaction is in the way and the same write may pass
 * on a retry (a lock, a serialization or deadlock abort, no free connection slot);
 * "io": the server is going away or its storage failed (a restart, a failover).
 */
const FAULT_BY_SQLSTATE: Record<string, StorageFault> = {
  "40001": "busy", // serialization_failure
  "40P01": "busy", // deadlock_detected
  "55P03": "busy", // lock_not_available
  "53300": "busy", // too_many_connections
  "53100": "full", // disk_full
  "25006": "read-only", // read_only_sql_transaction: a standby after a failover
  "53200": "io", // out_of_memory
  "57P01": "io", // admin_shutdown
  "57P02": "io", // crash_shutdown
  "57P03": "io", // cannot_connect_now: starting up or in recovery
  "58030": "io", // io_error
};
/** Class 08, connection exceptions: the connection to the server broke. */
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

/**
 * The database could not take a write for a reason outside the request: another
 * process holds the lock, the disk is full, the file is read-only, or I/O failed.
 * Nothing of the write was kept; the same write may succeed later (a 503, not a 500).
 */
export class StorageError extends Error {
  override name = "StorageError";
  /** The bus retries a delivery that failed with this without using up its attempts (lib/messaging). */
  readonly transient = true;
  constructor(
    readonly fault: StorageFault,
    options: { cause?: unknown } = {},
  ) {
    super(`database ${fault}`, options);
  }
}

/** The StorageError an SQLite or PostgreSQL error stands for, or undefined for any other error (a bug, a constraint). */
export function classifyStorageError(error: unknown): StorageError | undefined {
  if (error instanceof Error && error.name === "StorageError") return error as StorageError;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  const fault =
    FAULT_BY_CODE.find(([prefix]) => code.startsWith(prefix))?.[1] ??
    FAULT_BY_SQLSTATE[code] ??
    (CONNECTION_EXCEPTION.test(code) ? "io" : undefined);
  return fault ? new StorageError(fault, { cause: error }) : undefined;
}
