// Types for migrate-database.mjs (plain JS so `npm start` needs no TypeScript loader).
export declare function migrateDatabase(options: { root: string; url?: string }): Promise<void>;
