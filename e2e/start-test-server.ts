/**
 * Playwright's web server: build, migrate a fresh SQLite file, and start server.ts
 * in production mode, so the browser tests meet what `npm start` serves.
 */
import { execFileSync, spawn } from "node:child_process";
import { E2E_AUTH_SECRET } from "./support/auth";
import { freshDatabase, SERVER_ARGS } from "./support/server-process";

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: process.env.E2E_PORT ?? "3100",
  DATABASE_URL: freshDatabase("data/e2e.db"),
  LOG_LEVEL: "warn",
  AUTH_SECRET: E2E_AUTH_SECRET,
};

execFileSync("node_modules/.bin/next", ["build"], { env, stdio: "inherit" });

const server = spawn(process.execPath, SERVER_ARGS, { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
