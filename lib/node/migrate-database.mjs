// Brings the database DATABASE_URL names up to date with this release's migrations:
// `npm start` (prepare-start.mjs) and `npm run dev` run it before the server.
//   SQLite: `prisma migrate deploy`, run only when a migration is pending (the CLI
//   takes 1.5–3 s to say "nothing to apply", half of a second start's budget).
//   PostgreSQL: the runner in postgres-migrate.mjs (prisma's deploy cannot, #27403);
//   it is quick when there is nothing to do, so it always runs.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isPostgresUrl } from "./database-url.mjs";
import { migrationsStatus, sqliteFileOf } from "./migrations-status.mjs";

/** The same default as prisma.config.ts and lib/server/env.ts. */
const DEFAULT_URL = "file:./data/tourbus.db";

/** @param {{ root: string, url?: string }} options */
export async function migrateDatabase({ root, url = process.env.DATABASE_URL ?? DEFAULT_URL }) {
  if (isPostgresUrl(url)) {
    const migrationsDir = path.join(root, "prisma", "postgresql", "migrations");
    const log = (/** @type {string} */ line) => console.log(`tourbus: ${line}`);
    // Loaded only here: a SQLite start does not pay for loading the pg driver.
    const { migratePostgres } = await import("./postgres-migrate.mjs");
    await migratePostgres({ connectionString: url, migrationsDir, log });
    return;
  }
  const databaseFile = sqliteFileOf(url, root);
  if (databaseFile) {
    const status = migrationsStatus({ databaseFile, migrationsDir: path.join(root, "prisma", "migrations") });
    if (status.upToDate) return;
    console.log(`tourbus: migrating the database (${status.reason})`);
  }
  const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [prisma, "migrate", "deploy"], { cwd: root, stdio: "inherit" });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed (exit code ${result.status})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    await migrateDatabase({ root: process.cwd() });
  } catch (error) {
    console.error(`tourbus: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
