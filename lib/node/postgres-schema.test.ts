import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/server/db/postgres/test-database";
import { migratePostgres, MIGRATIONS_TABLE } from "./postgres-migrate.mjs";
import { derivePostgresSchema, migrationNames } from "./postgres-schema.mjs";

const sqliteSchema = readFileSync("prisma/schema.prisma", "utf8");
const sqliteMigrations = path.resolve("prisma/migrations");
const postgresMigrations = path.resolve("prisma/postgresql/migrations");
const STALE = "stale: run `npm run db:postgres` after changing prisma/schema.prisma or adding a migration";

describe("the PostgreSQL schema and migrations stay in step with SQLite's", () => {
  it("prisma/postgresql/schema.prisma is derived from the committed SQLite schema", () => {
    expect(readFileSync("prisma/postgresql/schema.prisma", "utf8"), STALE).toBe(derivePostgresSchema(sqliteSchema));
  });

  it("changes only the provider and the generated client's folder", () => {
    const derived = derivePostgresSchema(sqliteSchema);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('provider = "sqlite"');
    expect(derived).toContain('output     = "../../lib/server/db/generated-postgres"');
    expect(
      derived
        .split("\n")
        .slice(1)
        .filter((line) => !sqliteSchema.includes(line)),
    ).toHaveLength(2);
  });

  it("refuses a SQLite schema it does not know how to change", () => {
    expect(() => derivePostgresSchema(sqliteSchema.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(
      'expected exactly one provider line `provider = "sqlite"`',
    );
  });

  it("both providers have the same migrations, by folder name", () => {
    expect(migrationNames(postgresMigrations), STALE).toEqual(migrationNames(sqliteMigrations));
  });

  it("statements added by hand to a SQLite migration (backfills, clean-ups) are in its PostgreSQL sibling", () => {
    // Prisma's SQLite table rebuilds copy rows with INSERT INTO "new_…"; anything else that changes rows was written by a person.
    const handWritten = /^(UPDATE|DELETE|INSERT INTO "(?!new_))[^;]*;/gm;
    let found = 0;
    for (const name of migrationNames(sqliteMigrations)) {
      const sqlite = readFileSync(path.join(sqliteMigrations, name, "migration.sql"), "utf8");
      const postgres = readFileSync(path.join(postgresMigrations, name, "migration.sql"), "utf8");
      // SQLite's own virtual tables (FTS5) have no PostgreSQL counterpart to fill: the sibling makes its own index.
      const virtual = [...sqlite.matchAll(/^CREATE VIRTUAL TABLE "([^"]+)"/gm)].map((match) => match[1]!);
      for (const [statement] of sqlite.matchAll(handWritten)) {
        if (virtual.some((table) => statement.startsWith(`INSERT INTO "${table}"`))) continue;
        found++;
        expect(postgres, `${name}: copy \`${statement}\` into its PostgreSQL migration`).toContain(statement);
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe("the PostgreSQL migrations build what the PostgreSQL schema describes", () => {
  let fromMigrations: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    [fromMigrations, fromSchema] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([fromMigrations?.drop(), fromSchema?.drop()]);
  });

  it("a database migrated one step at a time has the same tables, columns, indexes and constraints as one built from the schema at once", async () => {
    await migratePostgres({ connectionString: fromMigrations.url, migrationsDir: postgresMigrations });
    const wholeSchema = execFileSync(
      process.execPath,
      [
        "node_modules/prisma/build/index.js",
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/postgresql/schema.prisma",
        "--script",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    await withClient(fromSchema.url, (client) => client.query(wholeSchema));

    const [migrated, built] = await Promise.all([catalog(fromMigrations.url), catalog(fromSchema.url)]);
    expect(migrated.columns.length).toBeGreaterThan(50);
    // Indexes Prisma's schema cannot express (partial, trigram) are the migrations' own: present, and apart from that the same.
    const handMade = handMadeIndexes();
    expect(handMade.length).toBeGreaterThan(0);
    expect(migrated.indexes.map((index) => index.indexname)).toEqual(expect.arrayContaining(handMade));
    expect({ ...migrated, indexes: migrated.indexes.filter((index) => !handMade.includes(index.indexname)) }).toEqual(built);
  }, 60_000);
});

/** The indexes the PostgreSQL migrations create by hand: a partial one (WHERE) or one of another method (USING). */
function handMadeIndexes(): string[] {
  return migrationNames(postgresMigrations).flatMap((name) =>
    [
      ...readFileSync(path.join(postgresMigrations, name, "migration.sql"), "utf8").matchAll(
        /^CREATE INDEX "([^"]+)"[^;]*\b(?:WHERE|USING)\b[^;]*;/gm,
      ),
    ].map((match) => match[1]!),
  );
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** What a migration decides, read from PostgreSQL's catalog (the runner's own table left out). */
function catalog(url: string) {
  return withClient(url, async (client) => {
    const rows = async (sql: string) => (await client.query(sql, [MIGRATIONS_TABLE])).rows;
    return {
      columns:
        await rows(`SELECT table_name, column_name, data_type, is_nullable, column_default, numeric_precision, datetime_precision
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> $1 ORDER BY 1, 2`),
      indexes: await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> $1 ORDER BY 1, 2`),
      constraints: await rows(`SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> format('%I', $1::text) ORDER BY 1, 2`),
    };
  });
}
