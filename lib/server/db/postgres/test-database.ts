import "server-only";
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL the tests use: on this machine and in CI, local and trusting user postgres. */
const SERVER = "postgresql://postgres@127.0.0.1:5432";

export type TestDatabase = {
  name: string;
  url: string;
  /** Runs one statement on its own connection (beside the code under test) and returns its rows. */
  query: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
  drop: () => Promise<void>;
};

/** A new, empty database of its own for one test file or test (tourbus_pg_<random>); `drop` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `tourbus_pg_${randomBytes(6).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = `${SERVER}/${name}`;
  return {
    name,
    url,
    query: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<T>(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    // FORCE: a test that failed may have left a connection open.
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
