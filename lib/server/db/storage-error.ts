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

/** The StorageError an SQLite error stands for, or undefined for any other error (a bug, a constraint). */
export function classifyStorageError(error: unknown): StorageError | undefined {
  if (error instanceof Error && error.name === "StorageError") return error as StorageError;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  const match = FAULT_BY_CODE.find(([prefix]) => code.startsWith(prefix));
  return match ? new StorageError(match[1], { cause: error }) : undefined;
}
