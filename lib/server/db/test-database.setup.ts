import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

/**
 * Vitest global setup: a fresh, migrated SQLite file for the app's unit tests, made for
 * the "app" project only. Vitest runs it for the root project and the bench's too: the
 * bench's tests need none (each makes its own database), and `npm test` runs them while
 * the app's are using this file.
 */
export default function setup(project: { name: string }): void {
  if (project.name !== "app") return;
  const file = "data/unit-test.db";
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${file}` },
    stdio: "pipe",
  });
}
