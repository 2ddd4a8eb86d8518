// Types for migrations-status.mjs (plain JS so `npm start` needs no TypeScript loader).
export declare function sqliteFileOf(url: string, cwd: string): string | undefined;
export declare function localMigrations(migrationsDir: string): Map<string, string>;
export declare function migrationsStatus(options: {
  databaseFile: string;
  migrationsDir: string;
}): { upToDate: true } | { upToDate: false; reason: string };
