// Applies prisma/postgresql/migrations to a PostgreSQL database. `prisma migrate
// deploy` cannot (it fails through adapter-pg 6.19, prisma/orm#27403), and
// node-pg-migrate records no checksums and wants one flat file per migration, so this
// is the small runner the contract needs:
//   - the committed migration.sql files, in name order, each in its own transaction
//     with the row that records it (a failed one leaves nothing behind);
//   - name, SHA-256 checksum and time in "_tourbus_migrations";
//   - an applied migration whose file changed, or one the folder does not have (a
//     newer release migrated this database), is refused: nothing is applied then;
//   - a session advisory lock around all of it, so instances that start together
//     migrate once: the others wait, then find nothing to do.
// Plain JS: `npm start` runs it before any TypeScript loader.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { localMigrations } from "./migrations-status.mjs";

/** The advisory lock key: any fixed 64-bit number other code does not use ("tourbus" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x746f75726275n;
export const MIGRATIONS_TABLE = "_tourbus_migrations";

export class MigrationRefusedError extends Error {
  name = "MigrationRefusedError";
}

/**
 * @param {{ connectionString: string, migrationsDir: string, log?: (line: string) => void }} options
 * @returns {Promise<{ applied: string[] }>} the migrations this call applied, in order
 */
export async function migratePostgres({ connectionString, migrationsDir, log = () => {} }) {
  const local = localMigrations(migrationsDir);
  const client = new pg.Client({ connectionString, application_name: "tourbus-migrate" });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS locked", [MIGRATION_LOCK_KEY.toString()]);
    if (!rows[0].locked) {
      log("another instance is migrating this database: waiting for it");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
    }
    // The lock is the session's: ending the connection (below, or by dying) releases it.
    return await applyPending({ client, local, migrationsDir, log });
  } finally {
    await client.end();
  }
}

/**
 * @param {{ client: pg.Client, local: Map<string, string>, migrationsDir: string, log: (line: string) => void }} options
 *   `local`: each migration's name → checksum
 */
async function applyPending({ client, local, migrationsDir, log }) {
  await client.query(
    `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
       "name" TEXT PRIMARY KEY,
       "checksum" TEXT NOT NULL,
       "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
     )`,
  );
  const { rows } = await client.query(`SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}"`);
  const applied = new Map(rows.map((row) => [row.name, row.checksum]));
  for (const [name, checksum] of applied) {
    if (!local.has(name)) {
      throw new MigrationRefusedError(
        `${name} is applied to this database but not in this release's migrations: is this an older release?`,
      );
    }
    if (local.get(name) !== checksum) {
      throw new MigrationRefusedError(
        `${name} changed after it was applied (checksum differs): restore the committed file and add a new migration instead`,
      );
    }
  }
  const pending = [...local.keys()].filter((name) => !applied.has(name)).sort();
  for (const name of pending) {
    log(`applying migration ${name}`);
    await client.query("BEGIN");
    try {
      await client.query(readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
      await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "checksum") VALUES ($1, $2)`, [name, local.get(name)]);
      await client.query("COMMIT");
    } catch (error) {
      // A dead connection cannot roll back, and needs not: the server dropped the transaction.
      await client.query("ROLLBACK").catch(() => undefined);
      throw new Error(`migration ${name} failed: ${error instanceof Error ? error.message : error}`, { cause: error });
    }
  }
  return { applied: pending };
}
