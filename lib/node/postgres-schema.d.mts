// Types for postgres-schema.mjs (plain JS: run as a script, without a TypeScript loader).
export declare function derivePostgresSchema(sqliteSchema: string): string;
export declare function migrationNames(migrationsDir: string): string[];
