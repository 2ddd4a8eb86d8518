// Types for postgres-migrate.mjs (plain JS so `npm start` needs no TypeScript loader).
export declare const MIGRATION_LOCK_KEY: bigint;
export declare const MIGRATIONS_TABLE: string;
export declare class MigrationRefusedError extends Error {}
export declare function migratePostgres(options: {
  connectionString: string;
  migrationsDir: string;
  log?: (line: string) => void;
}): Promise<{ applied: string[] }>;
