/**
 * Playwright's web server: build, migrate a fresh SQLite file, and start server.ts
 * in production mode, so the browser tests meet what `npm start` serves.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const database = "data/e2e.db";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  DATABASE_URL: `file:./${database}`,
  LOG_LEVEL: "warn",
};

mkdirSync("data", { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(database + suffix, { force: true });
execFileSync("node_modules/.bin/next", ["build"], { env, stdio: "inherit" });
execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "inherit" });

const server = spawn(process.execPath, ["--import", "tsx", "--import", "./lib/node/allow-server-only.mjs", "server.ts"], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
