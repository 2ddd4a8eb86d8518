import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { createToken, signedInContext } from "../support/auth";
import { freshDatabase, startServer, stopServer, type ServerProcess } from "../support/server-process";

// Jepsen's discipline: unique ids, a crash mid-stream, restart, drain, and check that
// every task came out with exactly one reply from each listener — none lost, none doubled.
// Enough senders that the bus is still behind when the kill comes (at 8 it kept up).
const TASKS = 1000;
const CRASH_AFTER_ACKS = 300;
const CONCURRENCY = 32;
const FILE = "data/fault-crash.db";

test.describe.configure({ timeout: 180_000 });

type Stats = { destination: string; sent: number; delivered: number };

test("kill -9 mid-burst: after restart every task has exactly one Setup and one Inventory reply", async () => {
  const databaseUrl = freshDatabase(FILE);
  let server: ServerProcess = await startServer({ databaseUrl });
  // An admin token may add tasks and read the bus's statistics; it outlives the crash (it is in the database).
  const authorization = `Bearer ${await createToken(await signedInContext(server.url, "admin"), "crash test")}`;
  const acked = new Set<string>();
  const unacked: number[] = [];
  const statsSeen: number[] = [];
  let crashed = false;

  async function post(i: number, url: string): Promise<string | undefined> {
    const response = await fetch(`${url}/api/tasks`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ name: `fault-${i}`, description: "2 amplifiers", status: "Open" }),
    }).catch(() => undefined);
    if (response?.status !== 201) return undefined;
    // The kill may cut the body short: then the task was not acknowledged.
    return ((await response.json().catch(() => undefined)) as { id: string } | undefined)?.id;
  }

  async function sentSoFar(url: string): Promise<number> {
    const body = (await (await fetch(`${url}/api/bus/destinations`, { headers: { authorization } })).json()) as {
      destinations: Stats[];
    };
    return body.destinations.reduce((sum, d) => sum + d.sent, 0);
  }

  // The burst: CONCURRENCY senders; once CRASH_AFTER_ACKS are acknowledged, kill -9.
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < TASKS; i = next++) {
        const id = crashed ? undefined : await post(i, server.url);
        if (id) acked.add(id);
        else unacked.push(i);
        // The bus's statistics, read twice while the burst goes on (never between the decision and the kill:
        // that pause would let the bus catch up, and the crash would cut nothing short).
        if (!crashed && (acked.size === CRASH_AFTER_ACKS / 2 || acked.size === (CRASH_AFTER_ACKS * 3) / 4)) {
          statsSeen.push(await sentSoFar(server.url).catch(() => -1));
        }
        if (!crashed && acked.size >= CRASH_AFTER_ACKS) {
          crashed = true;
          server.child.kill("SIGKILL");
        }
      }
    }),
  );
  await stopServer(server, "SIGKILL");
  const ackedBeforeCrash = acked.size;
  // The crash must have cut work short, or this test would prove nothing about recovery.
  const cutShort = (() => {
    const db = new Database(FILE, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT COUNT(*) AS n FROM BusDelivery WHERE state <> 'done'`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  })();
  expect(cutShort).toBeGreaterThan(0);

  // Restart on the same file; send what the crash refused.
  server = await startServer({ databaseUrl });
  try {
    for (const i of unacked.sort((a, b) => a - b)) {
      const id = await post(i, server.url);
      expect(id, `task fault-${i} refused after restart`).toBeDefined();
      acked.add(id!);
    }

    const db = new Database(FILE, { readonly: true, fileMustExist: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      // Drain: wait until every stored task has its two replies (or time runs out).
      await expect
        .poll(
          () =>
            count(`SELECT COUNT(*) AS n FROM Task t WHERE
                   (SELECT COUNT(*) FROM TaskReply r WHERE r.taskId = t.id) < 2`),
          { timeout: 90_000, intervals: [250] },
        )
        .toBe(0);

      const tasks = db.prepare("SELECT id, name FROM Task").all() as { id: string; name: string }[];
      const replies = db.prepare(`SELECT taskId, "from", COUNT(*) AS n FROM TaskReply GROUP BY taskId, "from"`).all() as {
        taskId: string;
        from: string;
        n: number;
      }[];
      const byTask = new Map<string, Record<string, number>>();
      for (const r of replies) byTask.set(r.taskId, { ...byTask.get(r.taskId), [r.from]: r.n });

      const lost = [...acked].filter((id) => !tasks.some((t) => t.id === id));
      const wrong = tasks.filter((t) => byTask.get(t.id)?.setup !== 1 || byTask.get(t.id)?.inventory !== 1);
      const doubledActivity = count(
        `SELECT COUNT(*) AS n FROM (SELECT requestId, listener FROM ListenerActivity
           GROUP BY requestId, listener HAVING COUNT(*) > 1)`,
      );
      // Delivery records are written behind the work: give the last ones a moment.
      await expect.poll(() => count(`SELECT COUNT(*) AS n FROM BusDelivery WHERE state <> 'done'`)).toBe(0);
      const names = new Set(tasks.map((t) => t.name));

      console.log(
        `crash test: ${ackedBeforeCrash} acknowledged before kill -9 with ${cutShort} deliveries unfinished, ` +
          `${unacked.length} refused and re-sent, ` +
          `${tasks.length} tasks stored, ${lost.length} lost, ${wrong.length} without exactly one reply each, ` +
          `${doubledActivity} doubled listener records; bus 'sent' seen moving: ${statsSeen.join(" → ")}`,
      );
      expect(lost).toEqual([]);
      expect(wrong.map((t) => t.name)).toEqual([]);
      expect(doubledActivity).toBe(0);
      expect(names.size).toBe(TASKS);
      expect(tasks.length).toBeGreaterThanOrEqual(TASKS);
      expect(statsSeen[1]!).toBeGreaterThan(statsSeen[0]!);
    } finally {
      db.close();
    }
  } finally {
    await stopServer(server, "SIGTERM");
  }
});
