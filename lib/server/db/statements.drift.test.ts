import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/lib/node/postgres-migrate.mjs";
import { describeStatement } from "./postgres/describe-statement";
import { toPostgresPlaceholders } from "./postgres/placeholders";
import { createTestDatabase, type TestDatabase } from "./postgres/test-database";
import { catalogue, isBatch, type Source, type Statement } from "./statement";

// The drift test: every statement of the hot path's catalogue prepared on a freshly
// migrated SQLite database (the unit tests' global setup makes data/unit-test.db) and
// described by a freshly migrated PostgreSQL database, its parameters and result
// columns compared with the schema columns it names (which give it its types). A
// renamed or retyped column, a statement whose SELECT list and `returns` part, or a
// wrong number of `?` fails here, on the engine where it happens.

/** The repository's files under `dirs` whose path matches `pattern`. */
const filesIn = (dirs: string[], pattern: RegExp) =>
  dirs
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
    .filter((file) => pattern.test(file));

const SQL_FILES = filesIn(["lib"], /\.sql\.ts$/);
for (const file of SQL_FILES) await import(path.resolve(file));

/** Every statement as the engines see it: a batch as its 1- and 2-row statements. */
const statements: Statement[] = catalogue.flatMap((entry) => (isBatch(entry) ? [entry.of(1), entry.of(2)] : [entry]));

const columnOf = (source: Source) => source.replace(/\?$/, "");
/** Sources that are no column: their values come from an expression, of this PostgreSQL type. */
const EXPRESSIONS: Partial<Record<Source, number>> = { count: 20, limit: 20 };
const placeholders = (sql: string) => toPostgresPlaceholders(sql).match(/\$\d+/g)?.length ?? 0;

/** What is wrong with `statement` on SQLite ([] when nothing). */
function sqliteDrift(connection: Database.Database, statement: Statement): string[] {
  let prepared: Database.Statement;
  try {
    prepared = connection.prepare(statement.sql);
  } catch (error) {
    return [`does not prepare: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (placeholders(statement.sql) !== statement.params.length)
    problems.push(`has ${placeholders(statement.sql)} placeholders for ${statement.params.length} params`);
  for (const source of statement.params) {
    if (source in EXPRESSIONS) continue;
    const [table, column] = columnOf(source).split(".");
    const columns = connection.prepare(`SELECT "name" FROM pragma_table_info(?)`).pluck().all(table) as string[];
    if (!columns.includes(column!)) problems.push(`binds ${source}, which the database does not have`);
  }
  const expected = Object.entries(statement.returns);
  if (!prepared.reader) return expected.length > 0 ? [...problems, "returns no rows, but declares columns"] : problems;
  const actual = prepared.columns();
  if (actual.map((c) => c.name).join() !== expected.map(([name]) => name).join()) {
    problems.push(`returns (${actual.map((c) => c.name).join(", ")}), declares (${expected.map(([name]) => name).join(", ")})`);
  }
  actual.forEach((c, i) => {
    const source = expected[i]?.[1];
    const from = c.table ? `${c.table}.${c.column}` : "an expression";
    if (source && from !== (source in EXPRESSIONS ? "an expression" : columnOf(source)))
      problems.push(`column ${c.name} reads ${from}, declared ${source}`);
  });
  return problems;
}

type PgColumn = { tableId: number; table: string; attnum: number; column: string; type: number };

/** What is wrong with `statement` on PostgreSQL ([] when nothing). */
async function postgresDrift(client: pg.Client, schema: PgColumn[], statement: Statement): Promise<string[]> {
  let described;
  try {
    described = await describeStatement(client, toPostgresPlaceholders(statement.postgres ?? statement.sql));
  } catch (error) {
    return [`does not prepare: ${(error as Error).message}`];
  }
  const typeOf = (source: Source) =>
    EXPRESSIONS[source] ?? schema.find((c) => `${c.table}.${c.column}` === columnOf(source))?.type;
  const problems: string[] = [];
  if (described.params.length !== statement.params.length)
    problems.push(`takes ${described.params.length} params, declares ${statement.params.length}`);
  statement.params.forEach((source, i) => {
    const type = typeOf(source);
    if (type === undefined) problems.push(`binds ${source}, which the database does not have`);
    else if (described.params[i] !== type) problems.push(`param ${i + 1} is type ${described.params[i]}, ${source} is ${type}`);
  });
  const expected = Object.entries(statement.returns);
  if (described.fields.map((f) => f.name).join() !== expected.map(([name]) => name).join()) {
    problems.push(
      `returns (${described.fields.map((f) => f.name).join(", ")}), declares (${expected.map(([name]) => name).join(", ")})`,
    );
  }
  described.fields.forEach((field, i) => {
    const source = expected[i]?.[1];
    if (!source) return;
    const origin = schema.find((c) => c.tableId === field.tableID && c.attnum === field.columnID);
    const from = origin ? `${origin.table}.${origin.column}` : "an expression";
    if (from !== (source in EXPRESSIONS ? "an expression" : columnOf(source)))
      problems.push(`column ${field.name} reads ${from}, declared ${source}`);
    if (field.dataTypeID !== typeOf(source))
      problems.push(`column ${field.name} is type ${field.dataTypeID}, ${source} is ${typeOf(source)}`);
  });
  return problems;
}

let sqlite: Database.Database;
let database: TestDatabase;
let client: pg.Client;
let schema: PgColumn[];

beforeAll(async () => {
  sqlite = new Database("data/unit-test.db", { readonly: true, fileMustExist: true });
  database = await createTestDatabase();
  await migratePostgres({ connectionString: database.url, migrationsDir: path.resolve("prisma/postgresql/migrations") });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  schema = (
    await client.query<PgColumn>(
      `SELECT c.oid::int AS "tableId", c.relname AS "table", a.attnum::int AS "attnum", a.attname AS "column", a.atttypid::int AS "type"
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
    )
  ).rows;
});

afterAll(async () => {
  sqlite?.close();
  await client?.end();
  await database?.drop();
});

describe("the hot path's statements and the schema", () => {
  it("finds the catalogue: every *.sql.ts file's statements", () => {
    expect(SQL_FILES.length).toBeGreaterThanOrEqual(7);
    expect(statements.length).toBeGreaterThanOrEqual(25);
  });

  it.each(statements.map((s) => [s.name, s] as const))("%s prepares on SQLite as declared", (_, s) => {
    expect(sqliteDrift(sqlite, s)).toEqual([]);
  });

  it.each(statements.map((s) => [s.name, s] as const))("%s prepares on PostgreSQL as declared", async (_, s) => {
    expect(await postgresDrift(client, schema, s)).toEqual([]);
  });

  it("fails a statement that parted from the schema, on both engines", async () => {
    const drifted: Statement[] = [
      // Reads another column than it says.
      {
        name: "wrong column",
        sql: `SELECT "id", "name" AS "quantity" FROM "GearItem"`,
        params: [],
        returns: { id: "GearItem.id", quantity: "GearItem.quantity" },
      },
      // A column the schema does not have.
      {
        name: "gone column",
        sql: `SELECT "id", "weight" FROM "GearItem"`,
        params: [],
        returns: { id: "GearItem.id", weight: "GearItem.quantity" },
      },
      // One placeholder too few.
      {
        name: "short params",
        sql: `UPDATE "GearItem" SET "quantity" = ? WHERE "id" = 'x'`,
        params: ["GearItem.quantity", "GearItem.id"],
        returns: {},
      },
    ];
    for (const s of drifted) {
      expect(sqliteDrift(sqlite, s), s.name).not.toEqual([]);
      expect(await postgresDrift(client, schema, s), s.name).not.toEqual([]);
    }
    // Bound to a column of another type: PostgreSQL knows parameter types, SQLite does not.
    const retyped: Statement = {
      name: "retyped",
      sql: `SELECT "id" FROM "GearItem" WHERE "quantity" = ?`,
      params: ["GearItem.name"],
      returns: { id: "GearItem.id" },
    };
    expect(await postgresDrift(client, schema, retyped)).toEqual([
      expect.stringMatching(/param 1 is type 23, GearItem.name is 25/),
    ]);
  });

  it("keeps statements in *.sql.ts files, and untyped SQL out of the app", () => {
    const sources = filesIn(["lib", "app", "components"], /\.tsx?$/).filter(
      (file) => !/\.test\.tsx?$|\.test-d\.ts$|\.conformance\.ts$|\/generated(-postgres)?\//.test(file),
    );
    const defining = sources.filter(
      (file) => !file.endsWith(".sql.ts") && /\b(statement|batchStatement)\(\{/.test(readFileSync(file, "utf8")),
    );
    expect(defining.filter((file) => file !== "lib/server/db/statement.ts")).toEqual([]);
    expect(sources.filter((file) => readFileSync(file, "utf8").includes("sql-for-tests"))).toEqual([]);
  });
});
