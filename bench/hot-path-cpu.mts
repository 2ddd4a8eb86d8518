/**
 * The hot path's CPU per task in one process, without HTTP or Socket.IO: addTask → the
 * bus → Setup and Inventory → both replies stored, 50 tasks at a time, on a fresh,
 * migrated SQLite file. CPU time (utime + stime of this process) barely depends on
 * what else the machine runs, so two trees can be compared on a busy machine, each
 * run in turn (issue 18's data-access change was measured so, BENCHMARKS.md):
 *
 *   AUTH_SECRET=$(openssl rand -base64 32) NODE_ENV=production LOG_LEVEL=silent SEED_DEMO_DATA=false \
 *     node --import tsx --import ./lib/node/allow-server-only.mjs bench/hot-path-cpu.mts
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";

const file = `data/bench/hot-path-cpu-${process.pid}.db`;
mkdirSync(path.dirname(file), { recursive: true });
execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
  env: { ...process.env, DATABASE_URL: `file:./${file}` },
  stdio: "pipe",
});
process.env.DATABASE_URL = `file:./${file}`;
// Imported once the database is named: env.ts reads DATABASE_URL when it loads.
const { addTask } = await import("../lib/features/tasks/server/add-task");
const { getBus } = await import("../lib/server/bus/get-bus");
const { plugFeatures } = await import("../lib/features/plug-features");
// As server.ts does: the features' destinations and listeners before the bus is asked for.
await plugFeatures().load();
const bus = getBus();
const IN_FLIGHT = 50;
const total = Number(process.env.TASKS ?? 1500);

async function round(first: number): Promise<void> {
  const tasks = Array.from({ length: IN_FLIGHT }, (_, i) =>
    addTask({ name: `Task ${first + i}`, description: "bench", status: "Open", gear: [] }),
  );
  await Promise.all(tasks);
  await bus.idle();
}

for (let done = 0; done < 4 * IN_FLIGHT; done += IN_FLIGHT) await round(-1000 + done); // warm-up, unmeasured
const cpuBefore = process.cpuUsage();
const started = performance.now();
for (let done = 0; done < total; done += IN_FLIGHT) await round(done);
const cpu = process.cpuUsage(cpuBefore);
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    tasks: total,
    cpuMsPerTask: +((cpu.user + cpu.system) / 1000 / total).toFixed(3),
    tasksPerSecond: Math.round(total / seconds),
    load: loadavg().map((l) => +l.toFixed(1)),
  }),
);
bus.close();
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
process.exit(0);
