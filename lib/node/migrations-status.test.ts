import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrationsStatus, sqliteFileOf } from "./migrations-status.mjs";

// Vitest's global setup migrates this file with `prisma migrate deploy` (see
// vitest.config.ts), so these tests read what Prisma itself recorded.
const migratedByPrisma = path.resolve("data/unit-test.db");
const repoMigrations = path.resolve("prisma/migrations");

let scratch: string;
let migrationsDir: string;
let databaseFile: string;

beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "tourbus-migrations-"));
  migrationsDir = path.join(scratch, "migrations");
  cpSync(repoMigrations, migrationsDir, { recursive: true });
  databaseFile = path.join(scratch, "copy.db");
  // A copy made by SQLite itself (VACUUM INTO): the original may have a WAL beside it.
  const source = new Database(migratedByPrisma, { readonly: true });
  source.exec(`VACUUM INTO '${databaseFile.replaceAll("'", "''")}'`);
  source.close();
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function update(sql: string): void {
  const db = new Database(databaseFile);
  db.exec(sql);
  db.close();
}

describe("migrationsStatus", () => {
  it("agrees with Prisma: a database it migrated is up to date (same checksums)", () => {
    expect(migrationsStatus({ databaseFile: migratedByPrisma, migrationsDir: repoMigrations })).toEqual({ upToDate: true });
    expect(migrationsStatus({ databaseFile, migrationsDir })).toEqual({ upToDate: true });
  });

  it("wants the CLI when the database file does not exist, or has no migrations table", () => {
    expect(migrationsStatus({ databaseFile: path.join(scratch, "none.db"), migrationsDir })).toMatchObject({
      upToDate: false,
      reason: "no database yet",
    });
    new Database(path.join(scratch, "empty.db")).close();
    expect(migrationsStatus({ databaseFile: path.join(scratch, "empty.db"), migrationsDir })).toMatchObject({
      upToDate: false,
      reason: expect.stringContaining("_prisma_migrations"),
    });
  });

  it("wants the CLI when a migration folder is not applied yet", () => {
    mkdirSync(path.join(migrationsDir, "29991231000000_next"));
    writeFileSync(path.join(migrationsDir, "29991231000000_next", "migration.sql"), "CREATE TABLE x (id INTEGER);\n");
    expect(migrationsStatus({ databaseFile, migrationsDir })).toEqual({
      upToDate: false,
      reason: "29991231000000_next is not applied",
    });
  });

  it("wants the CLI when an applied migration was edited, failed, or is unknown here", () => {
    update(`UPDATE _prisma_migrations SET checksum = 'edited' WHERE migration_name = '20261126000000_init'`);
    expect(migrationsStatus({ databaseFile, migrationsDir })).toMatchObject({
      reason: "20261126000000_init changed since it was applied",
    });

    update(
      `UPDATE _prisma_migrations SET checksum = (SELECT checksum FROM _prisma_migrations WHERE migration_name = '20261126100000_durable_bus') WHERE migration_name = '20261126000000_init'`,
    );
    rmSync(path.join(migrationsDir, "20261126000000_init"), { recursive: true });
    expect(migrationsStatus({ databaseFile, migrationsDir })).toMatchObject({
      reason: expect.stringContaining("applied but not in"),
    });

    cpSync(path.join(repoMigrations, "20261126000000_init"), path.join(migrationsDir, "20261126000000_init"), {
      recursive: true,
    });
    update(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '20261126100000_durable_bus'`);
    expect(migrationsStatus({ databaseFile, migrationsDir })).toMatchObject({
      reason: "20261126100000_durable_bus did not finish",
    });
  });

  it("ignores a rolled-back attempt of a migration that was then applied", () => {
    update(`INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, rolled_back_at, applied_steps_count)
            VALUES ('rolled-back', 'old', NULL, '20261126200000_sign_in', '2026-11-26', '2026-11-26', 0)`);
    expect(migrationsStatus({ databaseFile, migrationsDir })).toEqual({ upToDate: true });
  });
});

describe("sqliteFileOf", () => {
  it("resolves a file: URL as Prisma's SQLite adapter does, relative to the working directory", () => {
    expect(sqliteFileOf("file:./data/tourbus.db", "/srv/app")).toBe("/srv/app/data/tourbus.db");
    expect(sqliteFileOf("file:/var/db/t.db?connection_limit=1", "/srv/app")).toBe("/var/db/t.db");
    expect(sqliteFileOf("postgresql://localhost/tourbus", "/srv/app")).toBeUndefined();
  });
});
