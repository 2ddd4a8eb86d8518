import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/server/db/postgres/test-database";
import { localMigrations } from "./migrations-status.mjs";
import { MIGRATIONS_TABLE, MigrationRefusedError, migratePostgres } from "./postgres-migrate.mjs";
import { migrationNames } from "./postgres-schema.mjs";

const committed = path.resolve("prisma/postgresql/migrations");
const names = migrationNames(committed);

let database: TestDatabase;
let scratch: string;

beforeEach(async () => {
  database = await createTestDatabase();
  scratch = mkdtempSync(path.join(tmpdir(), "tourbus-pg-migrations-"));
});

afterEach(async () => {
  await database.drop();
  rmSync(scratch, { recursive: true, force: true });
});

const query = <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => database.query<T>(sql, params);

const migrate = (migrationsDir = committed) => migratePostgres({ connectionString: database.url, migrationsDir });

/** A copy of the committed migrations to change, with `extra` migrations added (name → SQL). */
function migrationsWith(extra: Record<string, string>): string {
  const dir = path.join(scratch, "migrations");
  cpSync(committed, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function tableExists(table: string): Promise<boolean> {
  const rows = await query<{ found: string | null }>("SELECT to_regclass($1) AS found", [`public."${table}"`]);
  return rows[0]!.found !== null;
}

describe("migratePostgres", () => {
  it("applies every migration to an empty database, records name and checksum, and applies nothing the second time", async () => {
    expect(names.length).toBeGreaterThan(0);
    expect(await migrate()).toEqual({ applied: names });

    const recorded = await query<{ name: string; checksum: string; appliedAt: Date }>(
      `SELECT "name", "checksum", "appliedAt" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`,
    );
    const checksums = localMigrations(committed);
    expect(recorded.map(({ name, checksum }) => [name, checksum])).toEqual(names.map((name) => [name, checksums.get(name)]));
    for (const row of recorded) expect(row.appliedAt).toBeInstanceOf(Date);
    expect(await tableExists("Task")).toBe(true);
    expect(await tableExists("InstanceHeartbeat")).toBe(true);

    expect(await migrate()).toEqual({ applied: [] });
    expect(await query(`SELECT 1 FROM "${MIGRATIONS_TABLE}"`)).toHaveLength(names.length);
  });

  it("migrates once when several instances start at the same time against an empty database", async () => {
    const runs = await Promise.all([migrate(), migrate(), migrate()]);

    const applied = runs.flatMap((run) => run.applied);
    expect(applied.sort()).toEqual(names);
    // One run did all the work; the others waited on the lock and found nothing to do.
    expect(runs.filter((run) => run.applied.length > 0)).toHaveLength(1);
    expect(await query(`SELECT 1 FROM "${MIGRATIONS_TABLE}"`)).toHaveLength(names.length);
  });

  it("refuses an applied migration whose checksum changed, and applies nothing then", async () => {
    await migrate();
    await query(`UPDATE "${MIGRATIONS_TABLE}" SET "checksum" = 'tampered' WHERE "name" = $1`, [names[0]]);
    const withNext = migrationsWith({ "99990101000000_next": 'CREATE TABLE "Next" ("id" TEXT PRIMARY KEY);' });

    await expect(migrate(withNext)).rejects.toThrow(MigrationRefusedError);
    await expect(migrate(withNext)).rejects.toThrow(`${names[0]} changed after it was applied`);
    expect(await tableExists("Next")).toBe(false);
  });

  it("refuses a migration file edited after it was applied", async () => {
    await migrate();
    const edited = migrationsWith({});
    writeFileSync(path.join(edited, names.at(-1)!, "migration.sql"), "-- edited\n", { flag: "a" });

    await expect(migrate(edited)).rejects.toThrow(`${names.at(-1)} changed after it was applied`);
  });

  it("refuses a database migrated by a newer release (an applied migration the folder does not have)", async () => {
    await migrate(migrationsWith({ "99990101000000_newer": 'CREATE TABLE "Newer" ("id" TEXT PRIMARY KEY);' }));

    await expect(migrate()).rejects.toThrow(
      "99990101000000_newer is applied to this database but not in this release's migrations",
    );
  });

  it("rolls a failing migration back whole: none of its statements and no record are kept", async () => {
    const broken = migrationsWith({
      "99990101000000_broken": 'CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY);\nSELECT no_such_function();',
    });

    await expect(migrate(broken)).rejects.toThrow("migration 99990101000000_broken failed");
    expect(await tableExists("HalfDone")).toBe(false);
    const recorded = await query<{ name: string }>(`SELECT "name" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`);
    // The migrations before it each committed on their own.
    expect(recorded.map((row) => row.name)).toEqual(names);
  });
});
