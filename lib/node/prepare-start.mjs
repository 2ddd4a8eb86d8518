// Everything `npm start` does before it serves, in one Node process (each `npm run`
// or CLI it replaces cost 0.3–3 s of a start whose budget is 3 s): build when the
// inputs changed, migrate when a migration is pending, make the local secret once.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfChanged, runNextBuild } from "./build-if-changed.mjs";
import { createLocalSecret } from "./create-local-secret.mjs";
import { migrationsStatus, sqliteFileOf } from "./migrations-status.mjs";

const root = process.cwd();

try {
  if (buildIfChanged({ root, build: () => runNextBuild(root) }) === "skipped") {
    console.log("tourbus: .next is a build of this tree, not rebuilding (`npm run build` forces one)");
  }
  migrateIfPending();
  createLocalSecret("data/auth-secret");
} catch (error) {
  console.error(`tourbus: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** `prisma migrate deploy`, the one way migrations are applied, run only when the database needs it. */
function migrateIfPending() {
  // The same default as prisma.config.ts.
  const url = process.env.DATABASE_URL ?? "file:./data/tourbus.db";
  const databaseFile = sqliteFileOf(url, root);
  if (databaseFile) {
    const status = migrationsStatus({ databaseFile, migrationsDir: path.join(root, "prisma", "migrations") });
    if (status.upToDate) return;
    console.log(`tourbus: migrating the database (${status.reason})`);
  }
  const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [prisma, "migrate", "deploy"], { cwd: root, stdio: "inherit" });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed (exit code ${result.status})`);
}
