import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { migratePostgres } from "@/lib/node/postgres-migrate.mjs";

/** The PostgreSQL the tests use: on this machine and in CI, local and trusting user postgres. */
const SERVER = "postgresql://postgres@127.0.0.1:5432";

export type PostgresDatabase = {
  url: string;
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
};

/**
 * A fresh database of the test's own (tourbus_e2e_<random>), migrated as `npm start`
 * migrates it (lib/node/postgres-migrate.mjs), for a server started with its url —
 * or left empty (`migrate: false`) for servers that migrate it themselves.
 * `drop` removes it, even while a killed server's connections linger.
 */
export async function freshPostgresDatabase(options: { migrate?: boolean } = {}): Promise<PostgresDatabase> {
  const name = `tourbus_e2e_${randomBytes(6).toString("hex")}`;
  await onServer("postgres", `CREATE DATABASE "${name}"`);
  const url = `${SERVER}/${name}`;
  if (options.migrate !== false) {
    await migratePostgres({ connectionString: url, migrationsDir: path.resolve("prisma/postgresql/migrations") });
  }
  return {
    url,
    query: (sql, params) => onServer(name, sql, params),
    drop: async () => void (await onServer("postgres", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function onServer<T extends pg.QueryResultRow>(database: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: `${SERVER}/${database}` });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
