/**
 * `npm run bench`: every suite in turn, then BENCHMARKS.md at the repo root.
 * `--quick` runs the same harness briefly (a smoke test, not numbers to compare).
 * `--only=bus,durable,e2e,fanout,page,throughput,cluster,peers,floor,growth,lighthouse` picks suites (the server suites share one build);
 * `--merge` writes only the suites run into the existing BENCHMARKS.md, each in place
 * of its own section (e.g. `--only=cluster --merge`), leaving the rest as it was;
 * `--no-build` reuses the existing `.next` (while working on the harness);
 * `--profile-server` writes a CPU profile of each load-suite server (the cluster's instances too) to data/bench/profiles/.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runBusCore } from "./bus-core.bench";
import { runCluster } from "./cluster.bench";
import { measureColdStart } from "./cold-start.bench";
import { runDurableSend } from "./durable-send.bench";
import { runE2eLatency } from "./e2e-latency.bench";
import { runFanOut } from "./fan-out.bench";
import { CHANGES, PROPOSALS } from "./findings";
import { runFloor } from "./floor.bench";
import { runGrowth } from "./growth.bench";
import { runLighthouse } from "./lighthouse.bench";
import { describeMachine } from "./lib/machine";
import type { PeerRow } from "./lib/peer-table";
import { mergeReport, renderReport } from "./lib/report";
import { buildApp, freshServerDatabase, startServer } from "./lib/server";
import type { BenchOptions, BenchResult, SuiteReport } from "./lib/types";
import { measurePageWeight } from "./page-weight.bench";
import { peersReport, runPeers } from "./peers.bench";
import { runThroughput } from "./throughput.bench";

const quick = process.argv.includes("--quick");
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const wants = (suite: string) => !only || only.includes(suite);
const noBuild = process.argv.includes("--no-build");
const merge = process.argv.includes("--merge");
// Unset: each server gets a port the kernel says is free. Either way the busId check applies.
const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
const serverNodeArgs = process.argv.includes("--profile-server") ? ["--cpu-prof", "--cpu-prof-dir=data/bench/profiles"] : [];
const started = performance.now();
const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const options: BenchOptions = { quick, log };
// Read now: the load average at the start is part of the report, beside the one at the end.
const machine = describeMachine();

const suites: SuiteReport[] = [];

if (wants("bus")) {
  log("1. bus core");
  suites.push(await runBusCore(options));
}
if (wants("durable")) {
  log("2. durable send");
  suites.push(await runDurableSend(options));
}
let tourbusHeadline: PeerRow | undefined;

const serverSuites = ["e2e", "fanout", "page", "throughput", "cluster", "floor", "growth", "lighthouse"];
if (serverSuites.some(wants)) {
  if (!noBuild) log("next build");
  const buildSeconds = noBuild ? Number.NaN : buildApp() / 1000;
  log(noBuild ? "reusing the existing .next (--no-build)" : `built in ${buildSeconds.toFixed(0)} s`);
  // The page and e2e suites share one database; throughput and fan-out make their own.
  const e2eDatabase = wants("page") || wants("e2e") ? freshServerDatabase("e2e.db") : "";

  if (wants("page")) {
    log("5. cold start");
    const coldStart = await measureColdStart({ port, databaseFile: e2eDatabase, runs: quick ? 1 : 3 });
    log(`  ${coldStart.value.toFixed(2)} s (${coldStart.note})`);
    const server = await startServer({ port, databaseFile: e2eDatabase });
    let weight: BenchResult[];
    let chunks: number;
    try {
      ({ results: weight, chunks } = await measurePageWeight(server.baseUrl, server.credentials.cookie));
    } finally {
      await server.stop();
    }
    log(`  first-load JS ${weight[0]!.value.toFixed(1)} kB gzip in ${chunks} chunks`);
    suites.push({
      title: "5. Page weight and start",
      results: [...weight, coldStart, { name: "`next build` (for reference)", value: buildSeconds, unit: "s" }],
      notes: [
        "First-load JS: Next 16 with Turbopack prints no sizes, so the harness GETs `/` from the running production server, signed in as the demo admin (one sign-in after the server is healthy; the admin sees all four portlets, and each role loads only its own portlets' code), collects every `<script src>` except `noModule` ones (and any `<link rel=preload as=script>` / `modulepreload`), fetches each chunk, gzips it with zlib at level 9 (as `gzip-size`, which Next used to print, does) and sums. The inline RSC payload (`self.__next_f.push`) is HTML, not counted.",
        "Cold start: the compiled server (`node --enable-source-maps .next/tourbus-server/server.mjs`, as `npm start` runs it) spawned with `NODE_ENV=production` (and a bench-only `AUTH_SECRET`) on an already migrated database, until the first 200 from `/api/health` (polled every 20 ms); the built `.next` is warm in the page cache. These servers seed no demo users and nobody signs in, so neither password hashing nor sign-in is in the time.",
      ],
    });
  }
  if (wants("e2e")) {
    log("3. end to end");
    const server = await startServer({ port, databaseFile: e2eDatabase, nodeArgs: serverNodeArgs });
    try {
      suites.push(await runE2eLatency({ ...options, baseUrl: server.baseUrl, credentials: server.credentials }));
    } finally {
      await server.stop();
    }
  }
  if (wants("throughput")) {
    log("6. throughput");
    // Its own database, so the closed loop's SQL and CPU counts owe nothing to the e2e suite's backlog.
    const server = await startServer({ port, databaseFile: freshServerDatabase("throughput.db"), nodeArgs: serverNodeArgs });
    try {
      const { suite, headline } = await runThroughput({
        ...options,
        baseUrl: server.baseUrl,
        serverPid: server.pid,
        credentials: server.credentials,
      });
      suites.push(suite);
      tourbusHeadline = headline;
    } finally {
      await server.stop();
    }
  }
  if (wants("cluster")) {
    log("8. cluster");
    // Its own PostgreSQL databases and Redis prefixes (one instance, then two), and BullMQ on that Redis.
    suites.push(await runCluster({ ...options, port, nodeArgs: serverNodeArgs }));
  }
  if (wants("fanout")) {
    log("4. fan-out");
    // Its own database and server, so the peak RSS owes nothing to the earlier suites.
    const fanOutDatabase = freshServerDatabase("fanout.db");
    const server = await startServer({ port, databaseFile: fanOutDatabase, nodeArgs: serverNodeArgs });
    try {
      suites.push(
        await runFanOut({ ...options, baseUrl: server.baseUrl, serverPid: server.pid, credentials: server.credentials }),
      );
    } finally {
      await server.stop();
    }
  }
  if (wants("floor")) {
    log("9. the floor");
    suites.push(await runFloor({ ...options, port }));
  }
  if (wants("growth")) {
    log("10. growth");
    suites.push(await runGrowth({ ...options, port }));
  }
  if (wants("lighthouse")) {
    log("11. lighthouse");
    suites.push(await runLighthouse({ ...options, port }));
  }
}

if (wants("peers")) {
  // After tourbus's own suites, so the brokers' work does not overlap a tourbus measurement.
  log("7. peers");
  suites.push(peersReport({ quick, tourbus: tourbusHeadline, peers: await runPeers(options) }));
}

const totalSeconds = (performance.now() - started) / 1000;
// In suite-number order (the page suite runs first, before any load has grown the database).
suites.sort((a, b) => Number.parseInt(a.title, 10) - Number.parseInt(b.title, 10));
const report = merge
  ? mergeReport(readFileSync("BENCHMARKS.md", "utf8"), suites, machine)
  : renderReport({ machine, quick, suites, totalSeconds, changes: CHANGES, proposals: PROPOSALS });
writeFileSync("BENCHMARKS.md", report);
log(
  `${merge ? `merged ${suites.map((suite) => suite.title.split(" ")[0]).join(", ")} into` : "wrote"} BENCHMARKS.md in ${totalSeconds.toFixed(0)} s`,
);
// Socket.IO clients and Prisma may hold handles open; the report is written, so leave.
process.exit(0);
