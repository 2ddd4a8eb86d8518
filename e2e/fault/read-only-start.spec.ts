import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_AUTH_SECRET } from "../support/auth";
import { freshDatabase, SERVER_ARGS } from "../support/server-process";

// A database the server may read but not write must stop the start with a non-zero
// exit code (so a supervisor restarts or alerts) and a line saying what to fix.
// Root ignores file modes (CAP_DAC_OVERRIDE), and CI runs as root: there the server runs
// as root without that one capability (setpriv, util-linux), for whom mode 444 in a 555
// directory is really read-only. It stays the checkout's owner, so the test works
// wherever the clone lives (another user, such as `nobody`, cannot enter a clone inside
// a private directory: mode 700, as `mktemp -d` makes).
const DIRECTORY = "data/fault-read-only";
const FILE = `${DIRECTORY}/tourbus.db`;

test.describe.configure({ timeout: 120_000 });

test.afterEach(() => {
  chmodSync(DIRECTORY, 0o755);
  rmSync(DIRECTORY, { recursive: true, force: true });
});

/** Starts the server and resolves with its exit code and output once it exits (or fails the test after 60 s). */
function runUntilExit(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const asRoot = process.getuid?.() === 0;
  const [command, args] = asRoot
    ? ["setpriv", ["--bounding-set=-dac_override", "--", process.execPath, ...SERVER_ARGS]]
    : [process.execPath, SERVER_ARGS];
  const child = spawn(command, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      DATABASE_URL: databaseUrl,
      SEED_DEMO_DATA: "false",
      SEED_DEMO_USERS: "true",
      AUTH_SECRET: E2E_AUTH_SECRET,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not exit within 60 s (it should refuse to start):\n${output}`));
    }, 60_000);
    // As root without setpriv (util-linux), nothing could make the file read-only for the server.
    child.once("error", (error) => reject(new Error(`cannot start ${command}: ${error.message}`)));
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// "writable directory": SQLite then opens the file read-only without complaint (it can
// make its -wal and -shm files), reads work, and the first write fails — after Next's
// start, whose error handlers used to swallow it and let the process exit with 0.
const CASES = [
  { journal: "wal", directoryMode: 0o555 },
  { journal: "delete", directoryMode: 0o555 },
  { journal: "wal", directoryMode: 0o777 },
] as const;

for (const { journal, directoryMode } of CASES) {
  const where = directoryMode === 0o777 ? "writable" : "read-only";
  test(`a read-only database file (journal ${journal}, ${where} directory) stops the start with exit code 1 and what to fix`, async () => {
    mkdirSync(DIRECTORY, { recursive: true });
    const databaseUrl = freshDatabase(FILE);
    if (journal === "wal") {
      // As a database that has served before: WAL mode is kept in the file.
      const { default: Database } = await import("better-sqlite3");
      const db = new Database(FILE);
      db.pragma("journal_mode = WAL");
      db.close();
    }
    chmodSync(FILE, 0o444);
    chmodSync(DIRECTORY, directoryMode);

    const { code, output } = await runUntilExit(databaseUrl);

    expect(code, output).toBe(1);
    expect(output).toContain(`tourbus could not start: the database file ${path.resolve(FILE)}`);
    expect(output).toMatch(/is read-only \(SQLITE_READONLY\w*\): check the permissions/);
    expect(output).toContain("not mounted read-only");
  });
}
