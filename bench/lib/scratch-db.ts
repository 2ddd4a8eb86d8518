import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Where every benchmark keeps its throw-away databases (ignored by git via data/). */
export const BENCH_DATA_DIR = "data/bench";

/** Deletes a SQLite file and its journal/WAL companions, so each run starts fresh. */
export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

/**
 * A fresh SQLite file with the app's schema, made by applying the migration SQL in
 * order. Quicker than `prisma migrate deploy` (no CLI start) and the tables are the same.
 */
export function freshMigratedDatabase(name: string): string {
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const file = path.join(BENCH_DATA_DIR, name);
  removeDatabase(file);
  const db = new Database(file);
  const migrations = path.join("prisma", "migrations");
  for (const folder of readdirSync(migrations, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    db.exec(readFileSync(path.join(migrations, folder.name, "migration.sql"), "utf8"));
  }
  db.close();
  return file;
}
