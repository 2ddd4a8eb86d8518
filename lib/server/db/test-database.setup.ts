import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

/**
 * Vitest global setup: a fresh, migrated SQLite file for the app's unit tests. The bench's
 * tests need none (each makes its own database), and `npm test` runs them while the
 * app's are using this file: for them it is left alone.
 */
export default function setup(project: { name: string }): void {
  if (project.name === "bench") return;
  const file = "data/unit-test.db";
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${file}` },
    stdio: "pipe",
  });
}
