import "server-only";
import path from "node:path";

/** SQLite's error codes (as better-sqlite3 and Prisma's adapter report them), found anywhere in the cause chain. */
function sqliteCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("SQLITE_")) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The file a `file:` DATABASE_URL names, as an absolute path (what an operator must look at). */
export function databaseFile(databaseUrl: string): string {
  return path.resolve(databaseUrl.replace(/^file:/, "").split("?")[0]!);
}

/**
 * What went wrong at start, in words that say what to fix. A supervisor shows this
 * line; a stack trace from the database driver does not tell anyone to check a mount.
 */
export function describeStartFailure(error: unknown, databaseUrl: string): string {
  const file = databaseFile(databaseUrl);
  const directory = path.dirname(file);
  const code = sqliteCode(error);
  if (code?.startsWith("SQLITE_READONLY") || code === "SQLITE_PERM") {
    return (
      `the database file ${file} is read-only (${code}): check the permissions of the file and of ${directory} ` +
      `(SQLite writes ${path.basename(file)}-wal and -shm beside it) for the user running tourbus, ` +
      "and that the disk is not mounted read-only"
    );
  }
  if (code === "SQLITE_CANTOPEN") {
    return (
      `the database file ${file} cannot be opened (${code}): check that ${directory} exists and is writable ` +
      "by the user running tourbus, and that the disk is not mounted read-only"
    );
  }
  if (code === "SQLITE_FULL" || code?.startsWith("SQLITE_IOERR")) {
    return `the database file ${file} cannot be written (${code}): check that the disk has free space and is healthy`;
  }
  if (code === "SQLITE_BUSY") {
    return `the database file ${file} is locked by another process (${code}): stop the other writer, then start again`;
  }
  if (code === "SQLITE_CORRUPT" || code === "SQLITE_NOTADB") {
    return `the database file ${file} is damaged or not a database (${code}): restore it from a backup`;
  }
  return `${error instanceof Error ? error.message : String(error)}`;
}
