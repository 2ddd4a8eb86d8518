import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { E2E_AUTH_SECRET } from "./auth";

/** How package.json's "serve" starts server.ts (the server-only hook, see lib/node/). */
export const SERVER_ARGS = ["--import", "tsx", "--import", "./lib/node/allow-server-only.mjs", "server.ts"];

/** A tourbus server of a test's own, on its own port and SQLite file, from the built app. */
export type ServerProcess = { url: string; child: ChildProcess; output: () => string };

export function freshDatabase(file: string): string {
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const url = `file:./${file}`;
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return url;
}

export async function startServer(options: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<ServerProcess> {
  let output = "";
  const child = spawn(
    process.execPath,
    SERVER_ARGS,
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(options.port),
        DATABASE_URL: options.databaseUrl,
        SEED_DEMO_DATA: "false",
        SEED_DEMO_USERS: "true",
        AUTH_SECRET: E2E_AUTH_SECRET,
        LOG_LEVEL: "warn",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://localhost:${options.port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { url, child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not become healthy within 60 s:\n${output}`);
}

/** Stops a server: SIGKILL is the crash under test, SIGTERM a clean stop. */
export async function stopServer(server: ServerProcess, signal: "SIGKILL" | "SIGTERM"): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill(signal);
  await exited;
}
