import "server-only";
import pg from "pg";
import { databaseProvider } from "../db/provider";
import { env } from "../env";

/** A fixed 64-bit key no other code uses ("tbseed" in ASCII), beside the migrations' (lib/node/postgres-migrate.mjs). */
export const SEED_LOCK_KEY = 0x746273656564n;

/**
 * Runs `seed` while no other instance on this database runs its own. Seeding checks
 * that a table is empty and then fills it: two instances starting together against an
 * empty PostgreSQL database both saw it empty, and the second failed its start on a
 * duplicate demo user. PostgreSQL: a session advisory lock on a connection of its own
 * (ending it, or dying, releases the lock). SQLite: one instance per file, no one to wait for.
 */
export async function underSeedLock<T>(seed: () => Promise<T>): Promise<T> {
  if (databaseProvider !== "postgresql") return seed();
  const client = new pg.Client({ connectionString: env.DATABASE_URL, application_name: "tourbus-seed" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [SEED_LOCK_KEY.toString()]);
    return await seed();
  } finally {
    await client.end();
  }
}
