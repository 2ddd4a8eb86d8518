// Whether a SQLite database already has every migration in prisma/migrations, read
// straight from Prisma's own `_prisma_migrations` table in a few milliseconds. The
// `prisma migrate deploy` CLI takes 1.5–3 s to say "nothing to apply" here, which
// was half of a second start's budget. This only reads: applying stays the CLI's job.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * The SQLite file a `file:` DATABASE_URL names, relative to `cwd` as Prisma's
 * better-sqlite3 adapter opens it; undefined for any other kind of URL.
 * @param {string} url
 * @param {string} cwd
 * @returns {string | undefined}
 */
export function sqliteFileOf(url, cwd) {
  if (!url.startsWith("file:")) return undefined;
  const file = url.slice("file:".length).split("?")[0];
  return file ? path.resolve(cwd, file) : undefined;
}

/**
 * The local migrations: each folder with a migration.sql, and the SHA-256 of that
 * file (the checksum Prisma records when it applies one).
 * @param {string} migrationsDir
 * @returns {Map<string, string>}
 */
export function localMigrations(migrationsDir) {
  const migrations = new Map();
  for (const entry of readdirSync(migrationsDir, { withFileTypes: true })) {
    const sql = path.join(migrationsDir, entry.name, "migration.sql");
    if (entry.isDirectory() && existsSync(sql)) {
      migrations.set(entry.name, createHash("sha256").update(readFileSync(sql)).digest("hex"));
    }
  }
  return migrations;
}

/**
 * "up to date" only when the database exists and its applied migrations are exactly
 * the local ones, checksums equal, none failed or rolled back. Anything else — no
 * file, no table, one pending, an edited or unknown migration, a failed one — is a
 * reason to run `prisma migrate deploy`, which applies or reports it as it always did.
 * @param {{ databaseFile: string, migrationsDir: string }} options
 * @returns {{ upToDate: true } | { upToDate: false, reason: string }}
 */
export function migrationsStatus({ databaseFile, migrationsDir }) {
  if (!existsSync(databaseFile)) return { upToDate: false, reason: "no database yet" };
  /** @type {{ migration_name: string, checksum: string, finished_at: unknown, rolled_back_at: unknown }[]} */
  let rows;
  try {
    const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    try {
      rows = /** @type {typeof rows} */ (
        db.prepare("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations").all()
      );
    } finally {
      db.close();
    }
  } catch (error) {
    return { upToDate: false, reason: `cannot read _prisma_migrations (${error instanceof Error ? error.message : error})` };
  }
  const local = localMigrations(migrationsDir);
  const applied = new Map();
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    if (row.finished_at === null) return { upToDate: false, reason: `${row.migration_name} did not finish` };
    applied.set(row.migration_name, row.checksum);
  }
  for (const [name, checksum] of local) {
    if (!applied.has(name)) return { upToDate: false, reason: `${name} is not applied` };
    if (applied.get(name) !== checksum) return { upToDate: false, reason: `${name} changed since it was applied` };
  }
  for (const name of applied.keys()) {
    if (!local.has(name)) return { upToDate: false, reason: `${name} is applied but not in ${migrationsDir}` };
  }
  return { upToDate: true };
}
