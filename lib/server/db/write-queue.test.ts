import { mkdirSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteEngine, type DeferredRows, type SqliteEngine } from "./sqlite-engine";
import { WriteQueue } from "./write-queue";

const FILE = "data/write-queue-test.db";

function freshFile(): void {
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
  const setup = new Database(FILE);
  setup.pragma("journal_mode = WAL");
  setup.exec(`CREATE TABLE "Row" ("id" TEXT PRIMARY KEY, "text" TEXT NOT NULL)`);
  setup.close();
}

const insert = (id: string, text = "x".repeat(100)) => (engine: SqliteEngine) =>
  engine.run(`INSERT INTO "Row" ("id", "text") VALUES (?, ?)`, id, text).changes;

describe("WriteQueue", () => {
  let engine: SqliteEngine;
  let other: Database.Database | undefined;

  beforeEach(() => {
    freshFile();
    engine = openSqliteEngine(`file:./${FILE}`);
  });
  afterEach(() => {
    if (other?.inTransaction) other.exec("ROLLBACK");
    other?.close();
    other = undefined;
    engine.close();
  });

  const count = () => engine.get<{ n: number }>(`SELECT count(*) AS "n" FROM "Row"`)!.n;

  it("commits the writes of one turn in one transaction, each with its own result", async () => {
    const queue = new WriteQueue(engine);
    const before = engine.counts.transactions;
    const results = await Promise.all([queue.write(insert("a")), queue.write(insert("b")), queue.write(() => "c")]);
    expect(results).toEqual([1, 1, "c"]);
    expect(engine.counts.transactions - before).toBe(1);
    expect(count()).toBe(2);
  });

  it("fails only the bad write of a shared transaction; its neighbours commit", async () => {
    const queue = new WriteQueue(engine);
    await queue.write(insert("taken"));
    const outcomes = await Promise.allSettled([queue.write(insert("a")), queue.write(insert("taken")), queue.write(insert("b"))]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: "SQLITE_CONSTRAINT_PRIMARYKEY" });
    expect(count()).toBe(3);
  });

  it("waits for a lock another connection holds, without blocking the event loop, then commits", async () => {
    const queue = new WriteQueue(engine, { busyDeadlineMs: 2_000 });
    other = new Database(FILE);
    other.exec("BEGIN IMMEDIATE");
    const written = queue.write(insert("a"));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count()).toBe(0);
    other.exec("COMMIT");
    await expect(written).resolves.toBe(1);
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(5);
    expect(count()).toBe(1);
  });

  it("fails as busy after the deadline, and writes again once the lock is gone", async () => {
    const queue = new WriteQueue(engine, { busyDeadlineMs: 50 });
    other = new Database(FILE);
    other.exec("BEGIN IMMEDIATE");
    await expect(queue.write(insert("a"))).rejects.toMatchObject({ name: "StorageError", fault: "busy" });
    other.exec("COMMIT");
    await expect(queue.write(insert("b"))).resolves.toBe(1);
    expect(count()).toBe(1);
  });

  it("fails every write of a transaction when the disk is full, and recovers without a restart once there is room", async () => {
    const queue = new WriteQueue(engine);
    const pages = engine.get<{ page_count: number }>("PRAGMA page_count")!.page_count;
    // SQLite's own cap on the file's size stands in for a full disk (SQLITE_FULL either way).
    engine.connection.pragma(`max_page_count = ${pages}`);
    const big = "y".repeat(64 * 1024);
    const outcomes = await Promise.allSettled([queue.write(insert("a", big)), queue.write(insert("b", big))]);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe("rejected");
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ name: "StorageError", fault: "full" });
    }
    expect(count()).toBe(0);

    engine.connection.pragma("max_page_count = 1073741823");
    await expect(queue.write(insert("a", big))).resolves.toBe(1);
    expect(count()).toBe(1);
    expect(queue.waiting).toBe(0);
  });

  it("writes a transaction's deferred rows in one statement before it commits, and drops them with a rollback", async () => {
    const statements: number[] = [];
    const rows: DeferredRows<string> = {
      name: "rows",
      order: 0,
      write(engine, ids) {
        statements.push(ids.length);
        engine.run(`INSERT INTO "Row" ("id", "text") VALUES ${ids.map(() => "(?, 'd')").join(", ")}`, ...ids);
      },
    };
    const queue = new WriteQueue(engine);
    await Promise.all(["a", "b", "c"].map((id) => queue.write((e) => e.defer(rows, id))));
    expect(statements).toEqual([3]);
    expect(count()).toBe(3);

    await expect(
      queue.write((e) => {
        e.defer(rows, "d");
        throw new Error("the write fails after deferring");
      }),
    ).rejects.toThrow("the write fails");
    expect(count()).toBe(3);
    expect(() => engine.defer(rows, "e")).toThrow(/belong in a transaction/);
  });
});
