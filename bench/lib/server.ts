/**
 * The built app as the load suites meet it: `next build` once, a fresh migrated
 * SQLite file, and server.ts in production mode on a port found free (as
 * e2e/start-test-server.ts does for the browser tests), checked to be the bench's
 * own child by its busId, then signed in once as the demo admin so the harness may
 * call the API and open sockets.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { COMPILED_SERVER, compileServer } from "../../lib/node/compile-server.mjs";
import { demoUser } from "../../lib/shared/demo-users";
import { freePort, parseReadyLine, verifyOwnServer, type ReadyLine } from "./own-server";
import { BENCH_DATA_DIR, removeDatabase } from "./scratch-db";

/**
 * The bench servers' session secret (production refuses to start without one).
 * Only for these throwaway servers on scratch databases: never a deployment's.
 */
export const BENCH_ONLY_AUTH_SECRET = "bench-only-auth-secret-never-deploy-0000";

/** How the harness authenticates: the admin's session cookie (pages, sockets) and API token. */
export type Credentials = {
  /** `name=value` of the session cookie, for a `Cookie` header. */
  cookie: string;
  /** `Bearer tb_…`, for an `Authorization` header on /api calls. */
  authorization: string;
};

export type SpawnedServer = {
  baseUrl: string;
  pid: number;
  /** The bus instance the child logged at start, and `/api/health` confirmed. */
  busId: string;
  /** Spawn to first 200 on /api/health, in ms. */
  startMs: number;
  stop(): Promise<void>;
};

export type RunningServer = SpawnedServer & { credentials: Credentials };

function serverEnv(options: ServerOptions & { port: number; demoUsers: boolean }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(options.port),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: "databaseUrl" in options ? options.databaseUrl : `file:./${options.databaseFile}`,
    SEED_DEMO_DATA: "false",
    // One user per role (lib/shared/demo-users.ts) into an empty database: the harness signs in as admin.
    SEED_DEMO_USERS: String(options.demoUsers),
    // The fan-out suite's 1,000 sockets all sign in as the demo admin, standing for
    // 1,000 people's browsers: lift the per-user cap (20) that would refuse them.
    SOCKETS_PER_USER: "2000",
    AUTH_SECRET: BENCH_ONLY_AUTH_SECRET,
    // Info, because the "ready" line (port, busId) is how the bench knows its own server; spawnServer prints only warnings and worse.
    LOG_LEVEL: "info",
    ...options.env,
  };
}

/** Runs `next build`; returns its wall time in ms. */
export function buildApp(): number {
  const started = performance.now();
  execFileSync("node_modules/.bin/next", ["build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // As `npm start` builds: server.ts compiled beside Next's build (lib/node/compile-server.mjs).
  compileServer(process.cwd());
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

type ServerOptions = {
  /** Forced by `BENCH_PORT`; otherwise a port the kernel says is free. The busId check applies either way. */
  port?: number;
  /** Extra Node flags, e.g. `--cpu-prof` to profile the server under load. */
  nodeArgs?: string[];
  /** Further settings, e.g. REDIS_URL and REDIS_PREFIX for the cluster suite. */
  env?: Record<string, string>;
} & ({ databaseFile: string } | { /** A scratch PostgreSQL database's URL (lib/scratch-postgres.ts). */ databaseUrl: string });

/**
 * Spawns the compiled server (one process, as `npm start` runs it) and resolves at its first 200 on
 * /api/health, once that server's busId is the one this child logged. Signs nobody
 * in: cold start uses it (with `demoUsers: false`, so no password hashing is timed);
 * the load suites use startServer.
 */
export async function spawnServer(options: ServerOptions & { demoUsers: boolean }): Promise<SpawnedServer> {
  const port = options.port ?? (await freePort());
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--enable-source-maps", COMPILED_SERVER], {
    env: serverEnv({ ...options, port }),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = readyLineOf(child);
  // Awaited below; until then a rejection (child died early) must not count as unhandled.
  ready.catch(() => {});
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child);
    const startMs = performance.now() - started;
    // A 200 alone proves nothing: another process may hold the port and our child may be dying of EADDRINUSE.
    const logged = await ready;
    if (logged.port !== port) throw new Error(`the bench's server logged port ${logged.port}, not ${port}`);
    await verifyOwnServer(baseUrl, logged.busId);
    return { baseUrl, pid: child.pid!, busId: logged.busId, startMs, stop: () => stopChild(child) };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

/**
 * The child's "ready" line; rejects if the child exits (or stays silent 60 s) first.
 * Reads stdout to its end so the pipe never fills; passes on warnings and worse.
 */
function readyLineOf(child: ChildProcess, timeoutMs = 60_000): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server logged no ready line in ${timeoutMs} ms`)), timeoutMs);
    const settle = () => clearTimeout(timer);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const found = parseReadyLine(line);
      if (found) {
        settle();
        resolve(found);
      } else if (isWarningOrWorse(line)) process.stderr.write(`[server] ${line}\n`);
    });
    child.once("exit", (code, signal) => {
      settle();
      reject(new Error(`the bench's server exited (code ${code}, signal ${signal}) before it logged ready`));
    });
  });
}

/** pino levels: 40 warn, 50 error, 60 fatal; non-JSON output (a stack trace) is shown too. */
function isWarningOrWorse(line: string): boolean {
  try {
    return ((JSON.parse(line) as { level?: number }).level ?? 0) >= 40;
  } catch {
    return line.trim() !== "";
  }
}

/**
 * spawnServer with the demo users seeded, then, once healthy (after `startMs` is
 * taken), one sign-in as the demo admin and one API token: sign-in is rate limited
 * per address, so every client of this server shares these credentials.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = await spawnServer({ ...options, demoUsers: true });
  try {
    return { ...server, credentials: await signInAsAdmin(server.baseUrl) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** POST /api/auth/sign-in/email as the demo admin, then POST /api/tokens with that session. */
export async function signInAsAdmin(baseUrl: string): Promise<Credentials> {
  const { email, password } = demoUser("admin");
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    // As the sign-in page's own request would: better-auth refuses a POST without a trusted Origin.
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`bench sign-in as ${email} failed: HTTP ${signIn.status} ${await signIn.text()}`);
  const cookie = sessionCookie(signIn.headers.getSetCookie());
  if (!cookie) throw new Error(`bench sign-in as ${email}: no session cookie in the answer`);
  const made = await fetch(`${baseUrl}/api/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, cookie },
    body: JSON.stringify({ name: "bench" }),
  });
  if (made.status !== 201) throw new Error(`bench API token: HTTP ${made.status} ${await made.text()}`);
  const { token } = (await made.json()) as { token: string };
  return { cookie, authorization: `Bearer ${token}` };
}

/** The session cookie's `name=value` among `Set-Cookie` headers (its name ends in `session_token`). */
export function sessionCookie(setCookies: readonly string[]): string | undefined {
  return setCookies
    .map((header) => header.split(";")[0]!.trim())
    .find((pair) => pair.slice(0, pair.indexOf("=")).endsWith("session_token"));
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
