// Types for database-url.mjs (plain JS so `npm start` needs no TypeScript loader).
export declare function isPostgresUrl(url: string): boolean;
