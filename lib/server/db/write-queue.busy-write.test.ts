import { mkdirSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SqlTx } from "./sql-tx";
import { openSqliteEngine, type SqliteEngine } from "./sqlite-engine";
import { StorageError } from "./storage-error";
import { WriteQueue } from "./write-queue";

const FILE = "data/write-queue-busy-write-test.db";
const insert = (id: string) => (tx: SqlTx) => tx.run(`INSERT INTO "Row" ("id") VALUES (?)`, id);
/** A write that hits SQLITE_BUSY itself (as reserve-gear does when stock moved under it), `times` times, then passes. */
function busyWrite(times: number) {
  let left = times;
  return async (tx: SqlTx) => {
    await tx.run(`INSERT INTO "Row" ("id") VALUES ('busy')`);
    if (left-- > 0) throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    return 1;
  };
}

describe("WriteQueue: one write of a batch hits SQLITE_BUSY while the others succeed", () => {
  let engine: SqliteEngine;
  beforeEach(() => {
    mkdirSync("data", { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
    const setup = new Database(FILE);
    setup.pragma("journal_mode = WAL");
    setup.exec(`CREATE TABLE "Row" ("id" TEXT PRIMARY KEY)`);
    setup.close();
    engine = openSqliteEngine(`file:./${FILE}`);
  });
  afterEach(() => engine.close());

  const rows = () => engine.all<{ id: string }>(`SELECT "id" FROM "Row" ORDER BY "id"`);

  it("the others commit at once, the busy one is retried alone and commits", async () => {
    const queue = new WriteQueue(engine, { busyDeadlineMs: 60_000 });
    const started = Date.now();
    const results = await Promise.allSettled([queue.write(insert("a")), queue.write(busyWrite(1)), queue.write(insert("b"))]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect(await rows()).toEqual([{ id: "a" }, { id: "b" }, { id: "busy" }]);
    // Not held until the busy deadline.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("a write that stays busy fails alone; its neighbours commit and the queue writes again at once", async () => {
    const queue = new WriteQueue(engine, { busyDeadlineMs: 60_000 });
    const results = await Promise.allSettled([queue.write(insert("a")), queue.write(busyWrite(1_000)), queue.write(insert("b"))]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(StorageError);
    await expect(queue.write(insert("c"))).resolves.toBe(1);
    expect(await rows()).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
  });
});
