/**
 * The built app as the load suites meet it: `next build` once, a fresh migrated
 * SQLite file, and server.ts in production mode on its own port (as
 * e2e/start-test-server.ts does for the browser tests).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { BENCH_DATA_DIR, removeDatabase } from "./scratch-db";

export type RunningServer = {
  baseUrl: string;
  pid: number;
  /** Spawn to first 200 on /api/health, in ms. */
  startMs: number;
  stop(): Promise<void>;
};

function serverEnv(options: { port: number; databaseFile: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(options.port),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: `file:./${options.databaseFile}`,
    SEED_DEMO_DATA: "false",
    LOG_LEVEL: "warn",
  };
}

/** Runs `next build`; returns its wall time in ms. */
export function buildApp(): number {
  const started = performance.now();
  execFileSync("node_modules/.bin/next", ["build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return performance.now() - started;
}

/** A fresh database file under data/bench/, migrated by `prisma migrate deploy` as `npm start` does. */
export function freshServerDatabase(name: string): string {
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const file = path.join(BENCH_DATA_DIR, name);
  removeDatabase(file);
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${file}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return file;
}

/** Spawns server.ts (one process, as `npm run serve`) and resolves at its first 200 on /api/health. */
export async function startServer(options: {
  port: number;
  databaseFile: string;
  /** Extra Node flags, e.g. `--cpu-prof` to profile the server under load. */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", "--import", "./lib/node/allow-server-only.mjs", "server.ts"],
    { env: serverEnv(options), stdio: ["ignore", "ignore", "inherit"] },
  );
  const baseUrl = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return { baseUrl, pid: child.pid!, startMs: performance.now() - started, stop: () => stopChild(child) };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet: poll again.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`server at ${baseUrl} not healthy after ${timeoutMs} ms`);
}

/** SIGTERM (the server drains its bus), then SIGKILL if a backlog keeps it up past 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
