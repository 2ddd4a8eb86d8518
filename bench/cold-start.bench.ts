/**
 * 5b. Cold start: spawn of the built server to its first 200 on /api/health.
 * Nobody signs in and no demo users are seeded, so neither is in the time.
 */
import { spawnServer } from "./lib/server";
import type { BenchResult } from "./lib/types";

export async function measureColdStart(options: { port?: number; databaseFile: string; runs: number }): Promise<BenchResult> {
  const times: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const server = await spawnServer({ port: options.port, databaseFile: options.databaseFile, demoUsers: false });
    times.push(server.startMs);
    await server.stop();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name: `cold start to first 200 on /api/health (median of ${options.runs})`,
    value: sorted[Math.floor(sorted.length / 2)]! / 1000,
    unit: "s",
    target: { op: "<=", bound: 3 },
    note: `runs: ${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s; \`node .next/tourbus-server/server.mjs\` (compiled, as \`npm start\` runs it), polled every 20 ms`,
  };
}
