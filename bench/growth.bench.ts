/**
 * 10. Growth (issue 19, goal 5): the built server on a database holding 1,000,000
 * tasks (100,000 with --quick), each with its request and replies, deliveries,
 * listener rows and events as the app stores them (bench/lib/growth-fill.ts clones one
 * real task). Measures what a person waits for as the table grows: start to ready,
 * search, the first page of the list, the portal page (with its unread count), the
 * unread count's query, and a POST's p99 under light load.
 */
import Database from "better-sqlite3";
import { sendAtFixedRate } from "./lib/fixed-rate";
import { summarize, type LatencySummary } from "./lib/percentiles";
import { freshServerDatabase, signInAsAdmin, spawnServer, startServer, type Credentials } from "./lib/server";
import { RARE_WORD, fillFromTemplate } from "./lib/growth-fill";
import { makeTaskSender } from "./lib/task-sender";
import { countUnreadProblems } from "../lib/server/notifications/notifications.sql";
import type { BenchOptions, BenchResult, SuiteReport } from "./lib/types";

const STEP_MS = 100;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`growth: ${what} not within ${timeoutMs} ms`);
}

/** One real task through the API, both replies stored: the template the fill clones. Returns its id. */
async function templateTask(baseUrl: string, credentials: Credentials): Promise<string> {
  const sender = makeTaskSender(baseUrl, credentials.authorization);
  const task = await sender.send(0);
  if (!task) throw new Error(`growth: the template task was refused (${sender.errors[0]})`);
  await waitFor(
    async () => {
      const response = await fetch(`${baseUrl}/api/tasks/${task.id}`, { headers: { authorization: credentials.authorization } });
      const body = (await response.json()) as { replies?: unknown[] };
      return (body.replies?.length ?? 0) >= 2;
    },
    30_000,
    "the template task's two replies",
  );
  return task.id;
}

/** Per endpoint: at 1M tasks a slow page would otherwise keep the suite busy for many minutes. */
const BUDGET_MS = 60_000;
const MIN_SAMPLES = 5;

/**
 * Up to `samples` sequential GETs after two unmeasured ones, fewer (never under 5) once
 * a minute has gone by; throws on anything but 200.
 */
async function timeGets(url: string, headers: Record<string, string>, samples: number): Promise<LatencySummary> {
  const times: number[] = [];
  const begun = performance.now();
  for (let i = 0; i < samples + 2; i++) {
    if (times.length >= MIN_SAMPLES && performance.now() - begun > BUDGET_MS) break;
    const started = performance.now();
    const response = await fetch(url, { headers, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`growth: GET ${url} answered ${response.status}`);
    if (i >= 2) times.push(performance.now() - started);
  }
  return summarize(times);
}

const row = (name: string, s: LatencySummary, extra: Partial<BenchResult> = {}): BenchResult => ({
  name,
  value: s.p95,
  unit: "ms",
  note: `p50 ${s.p50.toFixed(1)} ms, max ${s.max.toFixed(1)} ms, ${s.count} sequential requests`,
  ...extra,
});

export async function runGrowth(options: BenchOptions & { port?: number }): Promise<SuiteReport> {
  const tasks = options.quick ? 100_000 : 1_000_000;
  const samples = options.quick ? 10 : 30;
  const databaseFile = freshServerDatabase("growth.db");

  // A first start seeds the demo users; one real task is the template.
  const first = await startServer({ port: options.port, databaseFile });
  // The same start on a database of one user table and nothing else: what a start costs before any task.
  const emptyStartMs = first.startMs;
  let templateId: string;
  try {
    templateId = await templateTask(first.baseUrl, first.credentials);
  } finally {
    await first.stop();
  }

  const fillStarted = performance.now();
  const db = new Database(databaseFile);
  db.pragma("journal_mode = WAL");
  const firstMs = Date.now() - 3_600_000 - tasks * STEP_MS;
  fillFromTemplate(db, {
    taskId: templateId,
    count: tasks - 1,
    chunk: 50_000,
    firstMs,
    stepMs: STEP_MS,
    progress: (done) => {
      if (done % 200_000 === 0 || done === tasks - 1)
        options.log(`  filled ${done} tasks in ${((performance.now() - fillStarted) / 1000).toFixed(0)} s`);
    },
  });
  db.pragma("wal_checkpoint(TRUNCATE)");
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const counts = Object.fromEntries(
    ["Task", "TaskReply", "BusMessage", "BusDelivery", "PortalEvent"].map((table) => [
      table,
      (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n,
    ]),
  );
  const adminId = (db.prepare(`SELECT "createdById" FROM "Task" WHERE "id" = ?`).get(templateId) as { createdById: string })
    .createdById;
  db.close();

  // The start being measured: spawn → /api/health 200 (spawnServer) → /api/ready 200.
  const spawned = performance.now();
  const server = await spawnServer({ port: options.port, databaseFile, demoUsers: true });
  const results: BenchResult[] = [];
  try {
    await waitFor(async () => (await fetch(`${server.baseUrl}/api/ready`)).status === 200, 120_000, "/api/ready 200");
    const readyMs = performance.now() - spawned;
    options.log(
      `  start: /api/health at ${(server.startMs / 1000).toFixed(2)} s, /api/ready at ${(readyMs / 1000).toFixed(2)} s`,
    );
    const credentials = await signInAsAdmin(server.baseUrl);
    const api = { authorization: credentials.authorization };

    const search = await timeGets(`${server.baseUrl}/api/tasks?q=${RARE_WORD}`, api, samples);
    const firstPage = await timeGets(`${server.baseUrl}/api/tasks`, api, samples);
    const portal = await timeGets(`${server.baseUrl}/`, { cookie: credentials.cookie }, samples);
    options.log(
      `  search p95 ${search.p95.toFixed(0)} ms, first page p95 ${firstPage.p95.toFixed(0)} ms, portal p95 ${portal.p95.toFixed(0)} ms`,
    );

    // The bell's count on its own: the app's statement (countUnread), the user's tasks with an unread problem.
    const reader = new Database(databaseFile, { readonly: true });
    const unreadStatement = reader.prepare(countUnreadProblems.sql);
    const unreadTimes: number[] = [];
    let unread = 0;
    for (let i = 0; i < Math.min(samples, 10); i++) {
      const started = performance.now();
      unread = (unreadStatement.get(adminId) as { n: number }).n;
      unreadTimes.push(performance.now() - started);
    }
    reader.close();
    const unreadSummary = summarize(unreadTimes);

    // POST under light load: 20 tasks/s, open loop, time to the 201.
    const postTimes: number[] = [];
    const sender = makeTaskSender(server.baseUrl, credentials.authorization);
    const { scheduled } = await sendAtFixedRate({
      perSecond: 20,
      durationMs: options.quick ? 3_000 : 10_000,
      settleMs: 10_000,
      send: async (i) => {
        const started = performance.now();
        if (await sender.send(i)) postTimes.push(performance.now() - started);
      },
    });
    const post = summarize(postTimes);
    options.log(`  unread count ${unread} in p95 ${unreadSummary.p95.toFixed(0)} ms; POST at 20/s p99 ${post.p99.toFixed(1)} ms`);

    results.push(
      {
        name: `tasks in the database`,
        value: counts.Task!,
        unit: "count",
        note: `${counts.TaskReply} replies, ${counts.BusMessage} bus messages, ${counts.BusDelivery} deliveries, ${counts.PortalEvent} portal events; filled in ${fillSeconds.toFixed(0)} s`,
      },
      {
        name: "server start to `/api/ready` 200",
        value: readyMs / 1000,
        unit: "s",
        target: { op: "<=", bound: 3 },
        note: `spawn → first 200 on /api/health ${(server.startMs / 1000).toFixed(2)} s; the same server's first start, on the empty database before the fill: ${(emptyStartMs / 1000).toFixed(2)} s to /api/health`,
      },
      row(`search \`q=${RARE_WORD}\` (GET /api/tasks): p95`, search, {
        target: { op: "<=", bound: 50 },
        note: `matches ${Math.ceil(tasks / 1000)} tasks; p50 ${search.p50.toFixed(1)} ms, max ${search.max.toFixed(1)} ms, ${search.count} sequential requests`,
      }),
      row("first page of GET /api/tasks: p95", firstPage, { target: { op: "<=", bound: 30 } }),
      row("portal page GET / signed in: p95", portal, { target: { op: "<=", bound: 250 } }),
      row("unread count query (SQL, no HTTP): p95", unreadSummary, {
        note: `${unread} of the admin's tasks with an unread problem; p50 ${unreadSummary.p50.toFixed(1)} ms, ${unreadSummary.count} runs`,
      }),
      {
        name: "POST /api/tasks at 20/s: p99 (to the 201)",
        value: post.p99,
        unit: "ms",
        note: `p50 ${post.p50.toFixed(1)} ms, max ${post.max.toFixed(0)} ms; ${post.count} of ${scheduled} answered 201; ${sender.errors.length} errors`,
      },
    );
  } finally {
    await server.stop();
  }
  return {
    title: `10. Growth (${tasks.toLocaleString("en-US")} tasks)`,
    results,
    notes: [
      `The database: \`prisma migrate deploy\` on a fresh file; the built server started once on it (demo users seeded), one task POSTed through the API and its two replies awaited; then the server stopped and that task's rows (Task, its BusMessages by correlation id and their BusDeliveries, ListenerActivity, TaskReply, the PortalEvents naming it) cloned ${(tasks - 1).toLocaleString("en-US")} times by \`INSERT … SELECT\` over a counter, 50,000 tasks per transaction, each clone with ids of its own (time-ordered, replaced in JSON too), times ${STEP_MS} ms apart ending an hour ago, and a name \`Load-in <n> <word>\` (one of eight words; \`${RARE_WORD}\` every 1,000th). Every clone is the demo admin's, its replies unread (routine answers: the bell counts unread problems only, from a partial index of them).`,
      `Then the server is started again (the start measured: spawn → \`/api/ready\` 200, polled every 20 ms), the admin signs in, and each GET is timed ${samples} times in a row after 2 unmeasured (fewer, at least 5, once an endpoint has taken a minute: the row's note gives the count) (\`Authorization: Bearer\` for the API, the session cookie for \`/\`). The unread count row runs the app's statement (countUnread's) on its own with better-sqlite3. POST: open loop at 20 tasks/s, time from the request to its 201.`,
    ],
  };
}
