import "server-only";
import path from "node:path";
import { vi } from "vitest";
import { migratePostgres } from "@/lib/node/postgres-migrate.mjs";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * A fresh database, migrated as `npm start` migrates it, with DATABASE_URL naming it
 * for the app's modules. Import those only after this (env.ts reads the setting once,
 * and each test file has its own modules). `drop` also restores DATABASE_URL.
 */
export async function useAppOnPostgres(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await migratePostgres({ connectionString: database.url, migrationsDir: path.resolve("prisma/postgresql/migrations") });
  vi.stubEnv("DATABASE_URL", database.url);
  return {
    ...database,
    async drop() {
      vi.unstubAllEnvs();
      await database.drop();
    },
  };
}
