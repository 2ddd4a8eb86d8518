import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createToken, signedInContext } from "../support/auth";
import { freshDatabase, startServer, stopServer, type ServerProcess } from "../support/server-process";

// Storage faults on a real server: each answers clearly, the server recovers without a
// restart once the cause is gone, and nothing is lost or doubled.

test.describe.configure({ mode: "serial", timeout: 180_000 });

type Api = {
  post(name: string, key?: string): Promise<{ status: number; body: Record<string, unknown>; retryAfter: string | null }>;
};

async function adminApi(server: ServerProcess): Promise<{ api: Api; session: APIRequestContext; authorization: string }> {
  const session = await signedInContext(server.url, "admin");
  const authorization = `Bearer ${await createToken(session, "fault suite")}`;
  const api: Api = {
    async post(name, key) {
      const response = await fetch(`${server.url}/api/tasks`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization, ...(key ? { "idempotency-key": key } : {}) },
        body: JSON.stringify({ name, description: "fault suite" }),
        signal: AbortSignal.timeout(20_000),
      });
      return {
        status: response.status,
        body: (await response.json()) as Record<string, unknown>,
        retryAfter: response.headers.get("retry-after"),
      };
    },
  };
  return { api, session, authorization };
}

function count(file: string, sql: string, ...params: unknown[]): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

const isRoot = process.getuid?.() === 0;

test.describe("a full disk", () => {
  const DIRECTORY = "data/fault-full-disk";
  const FILE = `${DIRECTORY}/tourbus.db`;
  const FILLER = `${DIRECTORY}/filler`;
  let server: ServerProcess | undefined;

  test.afterAll(async () => {
    if (server) await stopServer(server, "SIGKILL");
    try {
      execFileSync("umount", [DIRECTORY]);
    } catch {
      // Not mounted (the test was not run as root): nothing to undo.
    }
    rmSync(DIRECTORY, { recursive: true, force: true });
  });

  test("answers 503 with Retry-After while full, and writes again without a restart once there is room", async () => {
    // A disk of our own to fill: a small tmpfs. Mounting needs root, which CI has.
    test.skip(!isRoot, "mounting a small tmpfs needs root (CI runs as root)");
    mkdirSync(DIRECTORY, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", DIRECTORY]);
    server = await startServer({ databaseUrl: freshDatabase(FILE) });
    const { api } = await adminApi(server);
    expect((await api.post("before the disk filled")).status).toBe(201);

    // Fill what is left, in 1 MiB pieces, until the disk says no.
    const piece = Buffer.alloc(1024 * 1024, 1);
    let written = 0;
    try {
      for (;;) writeFileSync(FILLER, piece, { flag: written++ === 0 ? "w" : "a" });
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
    }

    // SQLite reuses its log's space, so the first writes may still fit: keep adding
    // until the disk refuses one. Each is either added (201) or refused (503), never 500.
    let refusal: Awaited<ReturnType<Api["post"]>> | undefined;
    for (let i = 0; i < 2_000 && !refusal; i++) {
      const answer = await api.post(`filling ${i}`);
      if (answer.status === 503) refusal = answer;
      else expect(answer.status).toBe(201);
    }
    expect(refusal, "the full disk never refused a write").toBeDefined();
    expect(refusal!.body).toMatchObject({ error: { code: "storage_unavailable" } });
    expect(refusal!.retryAfter).toMatch(/^\d+$/);
    // A small write may still fit in space SQLite already holds: refused or stored, never half-stored.
    const keyed = await api.post("while the disk was full", "full-disk-retry");
    expect([201, 503]).toContain(keyed.status);
    const ready = await fetch(`${server.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, checks: { storageFault: "full" } });

    rmSync(FILLER);
    // The same server, no restart: the retry goes through, once.
    const retried = await api.post("while the disk was full", "full-disk-retry");
    expect(retried.status).toBe(201);
    const again = await api.post("while the disk was full", "full-disk-retry");
    expect(again.body.id).toBe(retried.body.id);
    // Ready again once no write has failed for a while (it does not flap on the first write that fits).
    await expect
      .poll(async () => (await fetch(`${server!.url}/api/ready`)).status, { timeout: 20_000, intervals: [500] })
      .toBe(200);
    // Every task added, those whose replies were held up by the full disk too, is answered: nothing was dead-lettered.
    await expect
      .poll(
        () =>
          count(
            FILE,
            `SELECT COUNT(*) AS n FROM "Task" t WHERE (SELECT COUNT(*) FROM "TaskReply" r WHERE r."taskId" = t."id") <> 2`,
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(0);
    expect(count(FILE, `SELECT COUNT(*) AS n FROM "BusDelivery" WHERE "state" = 'dead'`)).toBe(0);
    expect(count(FILE, `SELECT COUNT(*) AS n FROM "Task" WHERE "name" = ?`, "while the disk was full")).toBe(1);
  });
});

test.describe("a write lock held by another process", () => {
  const FILE = "data/fault-held-lock.db";
  let server: ServerProcess | undefined;
  let holder: Database.Database | undefined;

  test.afterAll(async () => {
    if (holder?.inTransaction) holder.exec("ROLLBACK");
    holder?.close();
    if (server) await stopServer(server, "SIGKILL");
  });

  test("reads answer at once, writes give up with 503 after a bounded wait, and work again once the lock is gone", async () => {
    server = await startServer({ databaseUrl: freshDatabase(FILE) });
    const { api, authorization } = await adminApi(server);
    expect((await api.post("before the lock")).status).toBe(201);

    holder = new Database(FILE);
    holder.exec("BEGIN IMMEDIATE");
    const started = Date.now();
    // A token read writes nothing on the request path, so the lock does not touch it.
    const read = await fetch(`${server.url}/api/tasks`, { headers: { authorization } });
    expect(read.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);

    const write = await api.post("during the lock");
    expect(write.status).toBe(503);
    expect(write.body).toMatchObject({ error: { code: "storage_unavailable" } });
    expect(write.retryAfter).toBe("1");

    holder.exec("COMMIT");
    expect((await api.post("after the lock")).status).toBe(201);
    expect(count(FILE, `SELECT COUNT(*) AS n FROM "Task" WHERE "name" = ?`, "during the lock")).toBe(0);
  });
});

test.describe("SIGTERM during a burst", () => {
  const FILE = "data/fault-sigterm.db";

  test("drains: every accepted task is answered before the server exits 0, and later work is refused with 503", async () => {
    const server = await startServer({ databaseUrl: freshDatabase(FILE) });
    const { api } = await adminApi(server);
    const accepted: string[] = [];
    const refused: number[] = [];
    let signalled = false;
    const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < 300) {
          const i = next++;
          const answer = await api.post(`sigterm-${i}`).catch(() => undefined);
          if (answer?.status === 201) accepted.push(answer.body.id as string);
          else refused.push(answer?.status ?? 0);
          if (!signalled && accepted.length >= 60) {
            signalled = true;
            server.child.kill("SIGTERM");
          }
        }
      }),
    );
    expect(await exited).toBe(0);
    // Refused while draining (503) or after the port closed (no answer): never half-taken.
    expect(refused.every((status) => status === 503 || status === 0)).toBe(true);
    expect(accepted.length).toBeGreaterThanOrEqual(60);

    const unanswered = count(
      FILE,
      `SELECT COUNT(*) AS n FROM "Task" t WHERE (SELECT COUNT(*) FROM "TaskReply" r WHERE r."taskId" = t."id") <> 2`,
    );
    expect(unanswered, "tasks stored but not answered when the server stopped").toBe(0);
    expect(count(FILE, `SELECT COUNT(*) AS n FROM "Task"`)).toBe(accepted.length);
    expect(count(FILE, `SELECT COUNT(*) AS n FROM "BusDelivery" WHERE "state" <> 'done'`)).toBe(0);
  });
});

test.describe("a retry after kill -9", () => {
  const FILE = "data/fault-idempotent-retry.db";

  test("with the same Idempotency-Key returns the first answer: no task lost, none doubled", async () => {
    const databaseUrl = freshDatabase(FILE);
    let server = await startServer({ databaseUrl });
    let { api } = await adminApi(server);
    const firstIds = new Map<number, string>();
    let killed = false;
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < 200 && !killed) {
          const i = next++;
          const answer = await api.post(`retry-${i}`, `retry-key-${i}`).catch(() => undefined);
          if (answer?.status === 201) firstIds.set(i, answer.body.id as string);
          if (!killed && firstIds.size >= 80) {
            killed = true;
            server.child.kill("SIGKILL");
          }
        }
      }),
    );
    await stopServer(server, "SIGKILL");

    server = await startServer({ databaseUrl });
    try {
      // The same token is in the database; a fresh sign-in is simpler than carrying it over.
      ({ api } = await adminApi(server));
      // Every task is sent again with its key, as a client that did not hear back would.
      for (let i = 0; i < 200; i++) {
        const answer = await api.post(`retry-${i}`, `retry-key-${i}`);
        expect(answer.status, `retry-${i}`).toBe(201);
        if (firstIds.has(i)) expect(answer.body.id, `retry-${i} got a new task`).toBe(firstIds.get(i));
      }
      expect(count(FILE, `SELECT COUNT(*) AS n FROM "Task"`)).toBe(200);
      expect(count(FILE, `SELECT COUNT(DISTINCT "name") AS n FROM "Task"`)).toBe(200);
      // The same key with another body is refused.
      const changed = await fetch(`${server.url}/api/tasks`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: (await adminApi(server)).authorization,
          "idempotency-key": "retry-key-0",
        },
        body: JSON.stringify({ name: "something else" }),
      });
      expect(changed.status).toBe(422);
      await expect
        .poll(
          () =>
            count(
              FILE,
              `SELECT COUNT(*) AS n FROM "Task" t WHERE (SELECT COUNT(*) FROM "TaskReply" r WHERE r."taskId" = t."id") <> 2`,
            ),
          { timeout: 60_000 },
        )
        .toBe(0);
    } finally {
      await stopServer(server, "SIGTERM");
    }
  });
});
