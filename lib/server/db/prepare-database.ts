import "server-only";
import { db } from "./client";
import { databaseProvider } from "./provider";

/**
 * Connection settings for a server that writes a lot: WAL lets pages read while the
 * bus writes, and synchronous=NORMAL in WAL mode still survives a process crash
 * (kill -9) — only an OS crash or power cut can lose the last commits.
 */
export async function prepareDatabase(): Promise<void> {
  // PostgreSQL's equivalents are the server's settings, not a connection's.
  if (databaseProvider !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  // Checkpoints are the checkpointer's (checkpointer.ts), off the event loop.
  await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
}
