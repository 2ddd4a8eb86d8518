/**
 * 9. The floor (issue 19, goal 2): how close tourbus comes to what its stack costs
 * anyway. In one run: (a) a bare `node:http` + Socket.IO server (bench/floor/
 * bare-server.ts) and tourbus each answer suite 6's closed loop — tourbus's server CPU
 * per task as a multiple of the bare server's; (b) the SQL one tourbus run executed,
 * captured and replayed by bare better-sqlite3 in the same transactions — tourbus's
 * rate as a fraction of the replay's.
 */
import { spawn } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { measureClosedLoop, type LoopOutcome } from "./lib/measured-loop";
import { freePort, parseReadyLine, verifyOwnServer } from "./lib/own-server";
import { BENCH_DATA_DIR } from "./lib/scratch-db";
import { freshServerDatabase, startServer } from "./lib/server";
import { describeRecords, decodeCapture, replayCapture } from "./lib/sql-replay";
import type { BenchOptions, BenchResult, SuiteReport } from "./lib/types";
import { workloadSize } from "./lib/workload";

/** The bare server as a child process, checked like tourbus's: its ready line's busId = /api/health's. */
async function startBareServer(): Promise<{ baseUrl: string; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "bench/floor/bare-server.ts"], {
    env: { ...process.env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const ready = await new Promise<{ port: number; busId: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the floor's bare server logged no ready line in 60 s")), 60_000);
      createInterface({ input: child.stdout! }).on("line", (line) => {
        const found = parseReadyLine(line);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child.once("exit", (code) => reject(new Error(`the floor's bare server exited (code ${code}) before it was ready`)));
    });
    if (ready.port !== port) throw new Error(`the bare server logged port ${ready.port}, not ${port}`);
    const baseUrl = `http://127.0.0.1:${port}`;
    await verifyOwnServer(baseUrl, ready.busId);
    return { baseUrl, pid: child.pid!, stop };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runFloor(options: BenchOptions & { port?: number }): Promise<SuiteReport> {
  const size = workloadSize(options.quick);
  const shape = { total: size.tasks, concurrency: size.concurrency, warmUp: options.quick ? 20 : 100 };
  const describe = (label: string, run: LoopOutcome) =>
    options.log(
      `  ${label}: ${run.completed}/${shape.total} in ${(run.elapsedMs / 1000).toFixed(1)} s = ${run.tasksPerSecond.toFixed(0)} tasks/s, ${run.cpuMsPerTask.toFixed(3)} ms CPU/task, ${run.errors} errors`,
    );

  const bare = await startBareServer();
  let floor: LoopOutcome;
  try {
    floor = await measureClosedLoop({ baseUrl: bare.baseUrl, pid: bare.pid, cookie: "", authorization: "" }, shape);
  } finally {
    await bare.stop();
  }
  describe("bare node:http + Socket.IO", floor);

  // Its own tourbus run rather than suite 6's, so both loops have the same shape and warm-up.
  let tourbus: LoopOutcome;
  const measured = await startServer({ port: options.port, databaseFile: freshServerDatabase("floor-tourbus.db") });
  try {
    tourbus = await measureClosedLoop(
      {
        baseUrl: measured.baseUrl,
        pid: measured.pid,
        cookie: measured.credentials.cookie,
        authorization: measured.credentials.authorization,
      },
      shape,
    );
  } finally {
    await measured.stop();
  }
  describe("tourbus", tourbus);

  // The capture run: the same loop on a server that logs its SQL, started on a database copied first.
  const captureDb = freshServerDatabase("floor-capture.db");
  const replayDb = path.join(BENCH_DATA_DIR, "floor-replay.db");
  const captureFile = path.join(BENCH_DATA_DIR, "floor-sql.capture");
  copyFileSync(captureDb, replayDb);
  rmSync(captureFile, { force: true });
  const server = await startServer({
    port: options.port,
    databaseFile: captureDb,
    nodeArgs: ["--import", "./bench/lib/sql-capture.mjs"],
    env: { BENCH_SQL_CAPTURE: captureFile },
  });
  let measureFrom = 0;
  let captured: LoopOutcome;
  try {
    captured = await measureClosedLoop(
      {
        baseUrl: server.baseUrl,
        pid: server.pid,
        cookie: server.credentials.cookie,
        authorization: server.credentials.authorization,
      },
      shape,
      // A pause lets the warm-up's last statements (a reply's status update) land before the mark.
      { afterWarmUp: async () => void (await settle(500), (measureFrom = statSync(captureFile).size)) },
    );
    await settle(500);
  } finally {
    await server.stop();
  }
  const measureTo = statSync(captureFile).size;
  const records = decodeCapture(readFileSync(captureFile)).filter((r) => r.offset >= measureFrom && r.offset < measureTo);
  const counts = describeRecords(records);
  const replay = replayCapture({ captureFile, databaseFile: replayDb, measureFrom, measureTo });
  const replayRate = captured.completed / (replay.elapsedMs / 1000);
  options.log(
    `  replay: ${replay.replayed} statements of ${captured.completed} tasks in ${replay.elapsedMs.toFixed(0)} ms = ${replayRate.toFixed(0)} tasks/s, ${replay.errors} errors`,
  );

  const results: BenchResult[] = [
    {
      name: "floor: bare node:http + Socket.IO, tasks/s",
      value: floor.tasksPerSecond,
      unit: "tasks/s",
      note: `${floor.completed} of ${shape.total}; ${floor.errors} errors`,
    },
    { name: "floor: server CPU per task", value: floor.cpuMsPerTask, unit: "ms" },
    {
      name: "tourbus: tasks/s (same loop)",
      value: tourbus.tasksPerSecond,
      unit: "tasks/s",
      note: `${tourbus.completed} of ${shape.total}; ${tourbus.errors} errors${tourbus.firstError ? ` (first: ${tourbus.firstError})` : ""}`,
    },
    { name: "tourbus: server CPU per task", value: tourbus.cpuMsPerTask, unit: "ms" },
    {
      name: "tourbus CPU per task ÷ the floor's",
      value: tourbus.cpuMsPerTask / floor.cpuMsPerTask,
      unit: "×",
      target: { op: "<=", bound: 2 },
    },
    {
      name: "raw SQLite replay of tourbus's statements: tasks/s",
      value: replayRate,
      unit: "tasks/s",
      note: `${replay.replayed} statements (${(counts.statements / captured.completed).toFixed(1)} per task besides BEGIN/COMMIT/PRAGMA, ${(counts.transactions / captured.completed).toFixed(2)} transactions per task) in ${replay.elapsedMs.toFixed(0)} ms; ${replay.errors} failed in the timed part, ${replay.setupErrors} in the untimed part before it${replay.firstError ? ` (first: ${replay.firstError})` : ""}`,
    },
    {
      name: "tourbus tasks/s ÷ the replay's",
      value: tourbus.tasksPerSecond / replayRate,
      unit: "×",
      target: { op: ">=", bound: 0.5 },
    },
  ];
  return {
    title: "9. The floor (bare node:http + Socket.IO; raw SQLite replay)",
    results,
    notes: [
      `Every row from one run: suite 6's closed loop (${shape.total} tasks, ${shape.concurrency} in flight, after ${shape.warmUp} unmeasured), each task complete when both replies reached one socket.io-client connection; server CPU = utime+stime of the server process ÷ completed tasks.`,
      "The floor's server (`bench/floor/bare-server.ts`, its own process): `node:http` + Socket.IO (websocket only) and nothing else — `POST /api/tasks` parses the JSON and answers 201 with an id; a turn later it emits `task:reply` from `setup` then from `inventory` to every socket. No storage, no auth, no bus, no Next.",
      "The replay: a third server (same build, fresh database copied before it started) runs the same loop with `bench/lib/sql-capture.mjs` preloaded, which appends every better-sqlite3 call on the main thread (hot-path engine and Prisma's adapter; the checkpointer's worker is not captured) to a file with its arguments and connection. bench/lib/sql-replay.ts replays the whole file on the copy, in order, one connection per captured connection, statements prepared once: everything up to the warm-up's end untimed, then the measured loop's statements (BEGIN IMMEDIATE … COMMIT exactly as the group commit grouped them, and the reads) timed. Rate = the capture run's completed tasks ÷ replay time. The capture slows its server, so its grouping is of a somewhat slower run; the tourbus rate in the ratio is the uncaptured run's.",
    ],
  };
}
