import { beforeEach, describe, expect, it } from "vitest";
import type { Message } from "@/lib/messaging/types";
import { taskQueryInput, taskQuerySchema, type TaskQuery } from "@/lib/shared/task-query";
import { db } from "@/lib/server/db/client";
import { sql } from "@/lib/server/db/sql-for-tests";
import type { SqliteEngine } from "@/lib/server/db/sqlite-engine";
import { engine, writes } from "@/lib/server/db/writes";
import { fillTaskStandings } from "./fill-task-standings";
import { listTasks } from "./list-tasks";
import { pageOfTasks } from "./list-tasks.sql";
import { storeReply } from "./store-reply";

const START = Date.parse("2026-11-01T00:00:00.000Z");

/** Inserts tasks straight into the table (no bus): `at` is each one's creation time in ms after START. */
async function insertTasks(tasks: { id: string; name: string; description?: string; at: number; standing?: string | null }[]) {
  await writes.write(async (tx) => {
    for (const task of tasks) {
      await tx.run(
        sql`INSERT INTO "Task" ("id", "name", "description", "status", "requestId", "gear", "standing", "createdAt") VALUES (?, ?, ?, 'Open', ?, '[]', ?, ?)`,
        task.id,
        task.name,
        task.description ?? "",
        `request-${task.id}`,
        task.standing === undefined ? "Waiting" : task.standing,
        new Date(START + task.at),
      );
    }
  });
}

const query = (search: string): TaskQuery => taskQuerySchema.parse(taskQueryInput(new URLSearchParams(search)));
const idOf = (n: number) => `task-${String(n).padStart(4, "0")}`;

/** Every page of a query, following nextCursor. */
async function allPages(search: string) {
  const pages = [];
  let cursor = "";
  do {
    const page = await listTasks(query(`${search}&cursor=${cursor}`));
    pages.push(page);
    cursor = page.nextCursor ?? "";
  } while (cursor !== "");
  return pages;
}

describe("listTasks (keyset paging, search and status on the server)", () => {
  beforeEach(async () => {
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
    // 1,000 tasks, the oldest first; every pair shares a millisecond, so the id breaks the tie.
    await insertTasks([
      { id: idOf(0), name: "Stack the amplifiers", description: "Stage left, two stacks of three.", at: 0 },
      ...Array.from({ length: 999 }, (_, i) => ({ id: idOf(i + 1), name: `Load truck ${i + 1}`, at: Math.floor((i + 1) / 2) })),
    ]);
  });

  it("pages through all 1,000 newest first, each task once, with the count on every page", async () => {
    const pages = await allPages("limit=100");
    expect(pages).toHaveLength(10);
    expect(pages.every((page) => page.total === 1000)).toBe(true);
    const ids = pages.flatMap((page) => page.tasks.map((task) => task.id));
    expect(ids).toEqual(Array.from({ length: 1000 }, (_, i) => idOf(999 - i)));
    expect(pages.at(-1)!.nextCursor).toBeNull();
  });

  it("finds the oldest task by a search in any case, and counts only the matches", async () => {
    const page = await listTasks(query("q=STACK%20the%20AMP"));
    expect(page.tasks.map((task) => task.name)).toEqual(["Stack the amplifiers"]);
    expect(page.total).toBe(1);
    expect(page.nextCursor).toBeNull();
    expect((await listTasks(query("q=two%20stacks"))).tasks.map((task) => task.id)).toEqual([idOf(0)]);
    expect(await listTasks(query("q=truck%2099&limit=5"))).toMatchObject({ total: 11 });
  });

  it("pages a search too, at most 200 a page whatever the limit asked", async () => {
    const pages = await allPages("q=truck&limit=400");
    expect(pages.map((page) => page.tasks.length)).toEqual([200, 200, 200, 200, 199]);
    expect(new Set(pages.flatMap((page) => page.tasks.map((task) => task.id))).size).toBe(999);
  });

  it("takes % and _ in a search literally", async () => {
    await insertTasks([{ id: "pct", name: "Gain at 100% on_stage", at: 5000 }]);
    expect((await listTasks(query("q=100%25"))).tasks.map((task) => task.id)).toEqual(["pct"]);
    expect((await listTasks(query("q=n_s"))).tasks.map((task) => task.id)).toEqual(["pct"]);
    expect((await listTasks(query("q=%25"))).total).toBe(1);
  });

  it("does not shift the next page when tasks are added meanwhile", async () => {
    const first = await listTasks(query("limit=100"));
    await insertTasks([{ id: "newer", name: "Arrived later", at: 10_000 }]);
    const second = await listTasks(query(`limit=100&cursor=${first.nextCursor}`));
    expect(second.tasks[0]!.id).toBe(idOf(899));
    expect(second.total).toBe(1001);
  });

  it("filters by where the task stands, as the reply that changed it left it", async () => {
    const message = (n: number): Message => ({
      id: `reply-${n}`,
      destination: "tour/manager/task",
      payload: {},
      correlationId: `request-${idOf(n)}`,
      headers: {},
      createdAt: new Date(),
    });
    await storeReply(message(3), { from: "setup", kind: "ack", roadieResponse: "Yes" });
    await storeReply(message(4), { from: "setup", kind: "progress", state: "blocked", reason: "No power" });
    await storeReply(message(5), { from: "inventory", kind: "answer", inventoryResponse: "Short", inStock: false });
    // Short of gear, then the roadies started anyway: their report is the newer word.
    await storeReply(message(6), { from: "inventory", kind: "answer", inventoryResponse: "Short", inStock: false });
    await storeReply({ ...message(6), id: "reply-6b" }, { from: "setup", kind: "progress", state: "in-progress" });
    expect((await listTasks(query("status=In%20progress"))).tasks.map((task) => task.id)).toEqual([idOf(6)]);
    expect((await listTasks(query("status=Blocked"))).tasks.map((task) => task.id)).toEqual([idOf(4)]);
    expect((await listTasks(query("status=Short%20of%20gear"))).tasks.map((task) => task.id)).toEqual([idOf(5)]);
    expect((await listTasks(query("status=Received"))).tasks.map((task) => task.id)).toEqual([idOf(3)]);
    expect((await listTasks(query("status=Waiting"))).total).toBe(996);
    expect((await listTasks(query("status=Blocked&q=truck%204"))).total).toBe(1);
    expect((await listTasks(query("status=Blocked&q=amplifiers"))).total).toBe(0);
  });

  it("fills the standing of tasks stored before the column existed", async () => {
    await insertTasks([{ id: "old", name: "From before", at: 20_000, standing: null }]);
    expect((await listTasks(query("status=Waiting"))).total).toBe(1000);
    expect(await fillTaskStandings()).toBe(1);
    expect((await listTasks(query("status=Waiting"))).total).toBe(1001);
  });

  it("walks the indexes in order instead of sorting", () => {
    // The shape Prisma gives listTasks' query: the filter, then the cursor's bound and tie-break.
    const plan = (sql: string) =>
      // SQLite's own plans: the unit tests run on SQLite.
      (engine as SqliteEngine).connection
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join("; ");
    const order = `ORDER BY "createdAt" DESC, "id" DESC LIMIT 101`;
    const after = `"createdAt" <= 'x' AND ("createdAt" < 'x' OR "id" < 'y')`;
    const paged = plan(`SELECT "id" FROM "Task" WHERE (${after}) ${order}`);
    expect(paged).toContain("Task_createdAt_id_idx");
    expect(paged).not.toContain("TEMP B-TREE");
    const filtered = plan(`SELECT "id" FROM "Task" WHERE ("standing" = 'Blocked' AND (${after})) ${order}`);
    expect(filtered).toContain("Task_standing_createdAt_id_idx");
    expect(filtered).not.toContain("TEMP B-TREE");
  });

  it("finds a task by its description after an edit, and no longer by the words it lost; a deleted one not at all", async () => {
    expect((await listTasks(query("q=stage%20left"))).tasks.map((task) => task.id)).toEqual([idOf(0)]);
    await writes.write((tx) =>
      tx.run(sql`UPDATE "Task" SET "description" = ? WHERE "id" = ?`, "Bring the spare fog machine", idOf(7)),
    );
    expect((await listTasks(query("q=FOG%20MACH"))).tasks.map((task) => task.id)).toEqual([idOf(7)]);
    expect(await listTasks(query("q=spare%20fog&status=Waiting"))).toMatchObject({ total: 1, totalCapped: false });
    await writes.write((tx) => tx.run(sql`UPDATE "Task" SET "description" = '' WHERE "id" = ?`, idOf(7)));
    expect((await listTasks(query("q=fog"))).tasks).toEqual([]);
    await db.task.delete({ where: { id: idOf(0) } });
    expect(await listTasks(query("q=stage%20left"))).toMatchObject({ tasks: [], total: 0 });
  });

  it("reads a rare search from the index and sorts its few matches, instead of walking every task", () => {
    const plan = (engine as SqliteEngine).connection
      .prepare(`EXPLAIN QUERY PLAN ${pageOfTasks({ status: true, search: "index", after: true }).sql}`)
      .all("Waiting", "amp", "x", "x", "y", 101)
      .map((row) => (row as { detail: string }).detail);
    expect(plan[0]).toMatch(/^SCAN TaskSearch VIRTUAL TABLE/);
    expect(plan[1]).toMatch(/^SEARCH t USING INTEGER PRIMARY KEY/);
  });

  it("counts up to 10,000 and says when more match; a search matching that many pages along the dates, with the same answers", async () => {
    await insertTasks(
      Array.from({ length: 9_100 }, (_, i) => ({
        id: `more-${String(i).padStart(5, "0")}`,
        name: `Load van ${i}`,
        at: 30_000 + i,
      })),
    );
    expect(await listTasks(query("limit=3"))).toMatchObject({ total: 10_000, totalCapped: true });
    expect(await listTasks(query("status=Waiting&limit=3"))).toMatchObject({ total: 10_000, totalCapped: true });
    // "load " is in every task's name but the first: more than the bound, so the walk along the dates answers.
    const wide = await listTasks(query("q=LOAD%20&limit=3"));
    expect(wide).toMatchObject({ total: 10_000, totalCapped: true });
    expect(wide.tasks.map((task) => task.id)).toEqual(["more-09099", "more-09098", "more-09097"]);
    const next = await listTasks(query(`q=LOAD%20&limit=3&cursor=${wide.nextCursor}`));
    expect(next.tasks.map((task) => task.id)).toEqual(["more-09096", "more-09095", "more-09094"]);
    // Fewer than the bound: from the index, exact.
    const narrow = await listTasks(query("q=load%20truck&limit=3"));
    expect(narrow).toMatchObject({ total: 999, totalCapped: false });
    expect(narrow.tasks.map((task) => task.id)).toEqual([idOf(999), idOf(998), idOf(997)]);
  });

  it("refuses a cursor this server did not write (400 at the cursor field), even a well-formed one", async () => {
    const {
      nextCursor,
      tasks: [newest],
    } = await listTasks(query("limit=1"));
    expect(nextCursor).not.toBeNull();
    // The payload a client can read and change: base64url of [createdAt, id].
    const forged = btoa(JSON.stringify([new Date(START + 10).toISOString(), idOf(20)])).replace(/=+$/, "");
    const [, signature] = nextCursor!.split(".");
    for (const bad of [forged, `${forged}.${signature}`, `${nextCursor}x`]) {
      await expect(listTasks(query(`cursor=${encodeURIComponent(bad)}`))).rejects.toMatchObject({
        code: "invalid_input",
        fields: { cursor: expect.stringContaining("not valid") },
      });
    }
    const next = await listTasks(query(`limit=1&cursor=${nextCursor}`));
    expect(next.tasks).toHaveLength(1);
    expect(next.tasks[0]!.id).not.toBe(newest!.id);
  });
});
