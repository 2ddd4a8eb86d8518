/**
 * Playwright's web server: build (Next, then server.ts compiled), migrate a fresh SQLite
 * file, and start the compiled server in production mode, so the browser tests meet what `npm start` serves.
 */
import { execFileSync, spawn } from "node:child_process";
import { compileServer } from "@/lib/node/compile-server.mjs";
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
// As `npm start` builds (lib/node/build-if-changed.mjs, runBuild): server.ts compiled beside Next's build.
compileServer(process.cwd());

const server = spawn(process.execPath, SERVER_ARGS, { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
