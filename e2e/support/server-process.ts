import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { COMPILED_SERVER } from "@/lib/node/compile-server.mjs";
import { E2E_AUTH_SECRET } from "./auth";

/** How `npm start` runs the server: server.ts compiled to JavaScript at build (lib/node/compile-server.mjs), plain node. */
export const SERVER_ARGS = ["--enable-source-maps", COMPILED_SERVER];

/** A tourbus server of a test's own, on its own port and database (a SQLite file, or PostgreSQL: postgres-database.ts), from the built app. */
export type ServerProcess = { url: string; busId: string; child: ChildProcess; output: () => string };

/** What `npm start` runs before the server (lib/node/prepare-start.mjs), less the build: the database's migrations. */
const MIGRATE_ARGS = ["lib/node/migrate-database.mjs"];

export function freshDatabase(file: string): string {
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const url = `file:./${file}`;
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return url;
}

/**
 * Starts the compiled server on a port the kernel chose (PORT=0) and returns once it answers.
 * The port and the bus id come from the child's own "ready" line, and /api/health
 * must answer with that bus id: a test never drives a server it did not start (two
 * suites on one machine once shared a fixed port, and one wrote into the other's).
 */
export async function startServer(options: {
  databaseUrl: string;
  env?: Partial<NodeJS.ProcessEnv>;
  /** Migrate the database first, as `npm start` does (instances started together each do). */
  migrate?: boolean;
}): Promise<ServerProcess> {
  let output = "";
  if (options.migrate) output += await migrate({ ...process.env, DATABASE_URL: options.databaseUrl, ...options.env });
  const child = spawn(process.execPath, SERVER_ARGS, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      SEED_DEMO_DATA: "false",
      SEED_DEMO_USERS: "true",
      AUTH_SECRET: E2E_AUTH_SECRET,
      // info, for the "ready" line with the port and bus id.
      LOG_LEVEL: "info",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    const ready = readyLine(output);
    if (ready) {
      const url = `http://127.0.0.1:${ready.port}`;
      const health = (await fetch(`${url}/api/health`).then(
        (r) => r.json(),
        () => undefined,
      )) as { busId?: string } | undefined;
      if (health?.busId === ready.busId) return { url, busId: ready.busId, child, output: () => output };
      if (health)
        throw new Error(`the server at ${url} is not the one this test started (bus ${health.busId}, not ${ready.busId})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not become healthy within 60 s:\n${output}`);
}

/** Runs the migrations step to its end; resolves with what it printed, rejects with it on failure. */
function migrate(env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const child = spawn(process.execPath, MIGRATE_ARGS, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`migrating failed (${code}):\n${output}`))));
  });
}

/** The port and bus id from server.ts's "tourbus ready" log line, once it is out. */
function readyLine(output: string): { port: number; busId: string } | undefined {
  for (const line of output.split("\n")) {
    if (!line.includes("tourbus ready")) continue;
    const { port, busId } = JSON.parse(line) as { port: number; busId: string };
    return { port, busId };
  }
  return undefined;
}

/** Stops a server: SIGKILL is the crash under test, SIGTERM a clean stop. */
export async function stopServer(server: ServerProcess, signal: "SIGKILL" | "SIGTERM"): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill(signal);
  await exited;
}
