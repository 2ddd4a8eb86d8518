/**
 * Playwright's web server: build (Next, then server.ts compiled), migrate a fresh SQLite
 * file, and start the compiled server in production mode, so the browser tests meet what `npm start` serves.
 */
import { spawn } from "node:child_process";
import { buildIfChanged, runBuild } from "@/lib/node/build-if-changed.mjs";
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

// As `npm start` builds (lib/node/build-if-changed.mjs): Next's build and server.ts compiled
// beside it, skipped when .next already holds a build of this very tree and settings.
Object.assign(process.env, env);
if (buildIfChanged({ root: process.cwd(), build: () => runBuild(process.cwd()) }) === "skipped") {
  console.log("e2e: .next is a build of this tree, not rebuilding");
}

const server = spawn(process.execPath, SERVER_ARGS, { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
