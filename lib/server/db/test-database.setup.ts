import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

/** Vitest global setup: a fresh, migrated SQLite file for the unit tests. */
export default function setup(): void {
  const file = "data/unit-test.db";
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${file}` },
    stdio: "pipe",
  });
}
