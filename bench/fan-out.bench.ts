/**
 * 4. Fan-out: 1,000 connected Socket.IO clients while tasks arrive at 20/s; push
 * latency at every client, and the server's peak resident memory.
 */
import { fork, type ChildProcess } from "node:child_process";
import type { FromClients, ToClients } from "./lib/fan-out-protocol";
import { sendAtFixedRate } from "./lib/fixed-rate";
import { summarize } from "./lib/percentiles";
import { readRssMb, watchPeakRss } from "./lib/rss";
import type { Credentials } from "./lib/server";
import { makeTaskSender } from "./lib/task-sender";
import type { BenchOptions, SuiteReport } from "./lib/types";

const PROCESSES = 2;
const RATE = 20;

type Child = { process: ChildProcess; next(): Promise<FromClients> };

function startClients(baseUrl: string, cookie: string, count: number): Child {
  const child = fork("bench/fan-out-clients.ts", [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, FANOUT_URL: baseUrl, FANOUT_COOKIE: cookie, FANOUT_CLIENTS: String(count) },
    // Structured clone, so latency arrays cross as typed arrays rather than JSON.
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const inbox: FromClients[] = [];
  const waiting: ((message: FromClients) => void)[] = [];
  child.on("message", (message: FromClients) => {
    const resolve = waiting.shift();
    if (resolve) resolve(message);
    else inbox.push(message);
  });
  child.on("exit", (code) => {
    for (const resolve of waiting.splice(0)) resolve({ type: "error", message: `client process exited (${code})` });
  });
  return {
    process: child,
    next: () => {
      const queued = inbox.shift();
      if (queued) return Promise.resolve(queued);
      if (child.exitCode !== null) return Promise.resolve({ type: "error", message: "client process gone" });
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

export async function runFanOut(
  options: BenchOptions & { baseUrl: string; serverPid: number; credentials: Credentials },
): Promise<SuiteReport> {
  const clientCount = options.quick ? 100 : 1000;
  const durationMs = options.quick ? 5_000 : 30_000;
  const drainMs = options.quick ? 5_000 : 10_000;
  const idleRss = readRssMb(options.serverPid);
  const peak = watchPeakRss(options.serverPid);
  const children = Array.from({ length: PROCESSES }, () =>
    startClients(options.baseUrl, options.credentials.cookie, clientCount / PROCESSES),
  );
  try {
    const ready = await Promise.all(children.map((c) => c.next()));
    for (const message of ready) if (message.type !== "ready") throw new Error(`fan-out clients: ${JSON.stringify(message)}`);
    const connectedRss = readRssMb(options.serverPid);
    options.log(`  ${clientCount} clients connected; server RSS ${connectedRss.toFixed(0)} MB`);

    const sender = makeTaskSender(options.baseUrl, options.credentials.authorization);
    const { scheduled, lateMs } = await sendAtFixedRate({ perSecond: RATE, durationMs, send: sender.send, settleMs: drainMs });
    const finish: ToClients = { type: "finish", sent: sender.sent, drainMs };
    for (const child of children) child.process.send(finish);
    const results = await Promise.all(children.map((c) => c.next()));
    const peakRss = peak.stop();

    const latencies: number[] = [];
    let missing = 0;
    let disconnects = 0;
    let frames = 0;
    const loopDelays: number[] = [];
    for (const result of results) {
      if (result.type !== "result") throw new Error(`fan-out clients: ${JSON.stringify(result)}`);
      // A loop, not push(...spread): 300,000 arguments overflow the stack.
      for (const latency of result.latencies) latencies.push(latency);
      missing += result.missing;
      disconnects += result.disconnects;
      frames += result.frames;
      loopDelays.push(result.loopDelayP99Ms);
    }
    const s = summarize(latencies);
    const unanswered = scheduled - sender.sent.length - sender.errors.length;
    const errors = sender.errors.length + unanswered + missing;
    const framesPerTask = sender.sent.length > 0 ? frames / clientCount / sender.sent.length : 0;
    options.log(
      `  p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)}, p99 ${s.p99.toFixed(1)}, max ${s.max.toFixed(0)}; ${framesPerTask.toFixed(2)} frames per socket per task; peak RSS ${peakRss.toFixed(0)} MB; errors ${errors}; client loop delay p99 ${loopDelays.map((d) => d.toFixed(0)).join("/")} ms`,
    );
    return {
      title: `4. Fan-out (${clientCount} signed-in Socket.IO clients, ${RATE} tasks/s for ${durationMs / 1000} s)`,
      results: [
        { name: "push latency p50", value: s.p50, unit: "ms" },
        { name: "push latency p95", value: s.p95, unit: "ms" },
        { name: "push latency p99", value: s.p99, unit: "ms", target: { op: "<=", bound: 150 } },
        {
          name: "errors",
          value: errors,
          unit: "count",
          note: `${sender.sent.length} of ${scheduled} tasks answered 201; × ${clientCount} clients = ${s.count} samples; ${sender.errors.length} send errors, ${unanswered} POSTs unanswered, ${missing} (task, client) replies missing after ${drainMs / 1000} s, ${disconnects} client disconnects; sender max ${lateMs.toFixed(0)} ms behind schedule`,
        },
        {
          name: "frames per socket per task",
          value: framesPerTask,
          unit: "frames",
          note: `${frames} Socket.IO events received by ${clientCount} clients for ${sender.sent.length} tasks (5 portal events each); every event is one websocket frame and one write on the server`,
        },
        { name: "server RSS, peak", value: peakRss, unit: "MB", target: { op: "<=", bound: 300 } },
        {
          name: "server RSS, idle → all clients connected",
          value: connectedRss,
          unit: "MB",
          note: `${idleRss.toFixed(0)} MB before the clients connected`,
        },
        {
          name: "server memory per connected socket",
          // kB, as one socket costs well under a MB: (RSS all connected − RSS before) ÷ sockets.
          value: ((connectedRss - idleRss) * 1024) / clientCount,
          unit: "kB",
          note: `(${connectedRss.toFixed(0)} − ${idleRss.toFixed(0)} MB) ÷ ${clientCount} sockets; RSS includes heap not yet collected, so this is an upper bound`,
        },
        {
          name: "client processes' event-loop delay p99 (worst)",
          value: Math.max(...loopDelays),
          unit: "ms",
          note: "high values mean the clients, not the server, added latency",
        },
      ],
      notes: [
        `A fresh server as in suite 3, signed in once as the demo admin: every client sends the admin's session cookie, the sender its API token. The clients run in ${PROCESSES} child processes (\`bench/fan-out-clients.ts\`, ${clientCount / PROCESSES} socket.io-client connections each, websocket transport, connected 50 at a time), so one process's event loop does not decode all the pushes; the benchmark process only sends. Every client receives every push (the server sends \`task:added\`, \`listener:activity\` ×2 and \`task:reply\` ×2 per task to the rooms of the roles that may read them; the admin is in all of them).`,
        "Latency = POST start → both replies received, per task per client; clocks are `performance.timeOrigin + performance.now()` in each process of the one machine. Server RSS is VmRSS from `/proc/<pid>/status`, sampled every 200 ms; peak over the run.",
      ],
    };
  } finally {
    peak.stop();
    for (const child of children) if (child.process.exitCode === null) child.process.kill();
  }
}
