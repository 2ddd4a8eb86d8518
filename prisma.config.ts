import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl } from "./lib/node/database-url.mjs";

// Prisma 6.19's JS schema engine talks to the database through a driver adapter,
// so `prisma migrate` needs no native engine download (we are offline).
const url = (process.env.DATABASE_URL ??= "file:./data/tourbus.db");
// The provider is fixed per schema file: a PostgreSQL URL selects the derived schema
// (prisma/postgresql/, see lib/node/postgres-schema.mjs). Its migrations are applied
// by lib/node/postgres-migrate.mjs, not `prisma migrate deploy`, which fails through
// adapter-pg 6.19 (prisma/orm#27403); `prisma generate` and `migrate diff` work.
const postgres = isPostgresUrl(url);
const folder = postgres ? path.join("prisma", "postgresql") : "prisma";
// SQLite creates the file but not its folder.
if (!postgres) mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  adapter: async () => (postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url })),
});
