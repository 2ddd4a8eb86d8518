// The PostgreSQL schema and migrations, derived from the SQLite ones (the provider is
// fixed per schema file, so PostgreSQL needs its own copy; deriving it keeps the two
// in step). Run after adding a SQLite migration: `npm run db:postgres`.
//   - prisma/postgresql/schema.prisma: prisma/schema.prisma with the provider and the
//     generated client's folder changed (the client is built per provider).
//   - prisma/postgresql/migrations/<same name>/migration.sql for each SQLite migration
//     that has no PostgreSQL sibling yet: `prisma migrate diff` from the committed
//     PostgreSQL schema (the state before) to the new one, offline. Statements added by
//     hand to the SQLite migration (backfills) must be copied over by hand; the test
//     beside this file fails until they are.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const HEADER =
  "// GENERATED from prisma/schema.prisma by lib/node/postgres-schema.mjs (`npm run db:postgres`): edit that file, not this one.\n";

/** Each change from the SQLite schema to the PostgreSQL one: [what, SQLite text, PostgreSQL text]. */
const CHANGES = [
  ["provider", 'provider = "sqlite"', 'provider = "postgresql"'],
  // One folder deeper, and its own folder: the generated client embeds its provider's query compiler.
  ["client output", 'output     = "../lib/server/db/generated"', 'output     = "../../lib/server/db/generated-postgres"'],
];

/**
 * The PostgreSQL schema for a SQLite schema's text. Throws when a line it changes is
 * missing, so an edit to the SQLite generator or datasource block cannot pass unseen.
 * @param {string} sqliteSchema
 * @returns {string}
 */
export function derivePostgresSchema(sqliteSchema) {
  let schema = sqliteSchema;
  for (const [what, from, to] of CHANGES) {
    if (schema.split(from).length !== 2) throw new Error(`prisma/schema.prisma: expected exactly one ${what} line \`${from}\``);
    schema = schema.replace(from, to);
  }
  return HEADER + schema;
}

/**
 * The names of the migration folders (those holding a migration.sql), in order.
 * @param {string} migrationsDir
 * @returns {string[]}
 */
export function migrationNames(migrationsDir) {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** @param {string} root */
function main(root) {
  const paths = {
    sqliteSchema: path.join(root, "prisma", "schema.prisma"),
    sqliteMigrations: path.join(root, "prisma", "migrations"),
    schema: path.join(root, "prisma", "postgresql", "schema.prisma"),
    migrations: path.join(root, "prisma", "postgresql", "migrations"),
  };
  const derived = derivePostgresSchema(readFileSync(paths.sqliteSchema, "utf8"));
  const present = new Set(existsSync(paths.migrations) ? migrationNames(paths.migrations) : []);
  const missing = migrationNames(paths.sqliteMigrations).filter((name) => !present.has(name));
  if (missing.length > 1) {
    // Only the state before the newest migration is known (the committed schema).
    throw new Error(`more than one migration without a PostgreSQL sibling (${missing.join(", ")}): derive them one at a time`);
  }
  if (missing.length === 1) {
    const scratch = mkdtempSync(path.join(tmpdir(), "tourbus-pg-schema-"));
    try {
      const next = path.join(scratch, "schema.prisma");
      writeFileSync(next, derived);
      const from = existsSync(paths.schema) ? ["--from-schema-datamodel", paths.schema] : ["--from-empty"];
      const sql = execFileSync(
        process.execPath,
        [
          path.join(root, "node_modules", "prisma", "build", "index.js"),
          "migrate",
          "diff",
          ...from,
          "--to-schema-datamodel",
          next,
          "--script",
        ],
        { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
      );
      mkdirSync(path.join(paths.migrations, missing[0]), { recursive: true });
      writeFileSync(path.join(paths.migrations, missing[0], "migration.sql"), sql);
      console.log(`wrote prisma/postgresql/migrations/${missing[0]}/migration.sql (copy any hand-added statements over)`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  mkdirSync(path.dirname(paths.schema), { recursive: true });
  writeFileSync(paths.schema, derived);
  console.log("wrote prisma/postgresql/schema.prisma");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    main(process.cwd());
  } catch (error) {
    console.error(`tourbus: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
