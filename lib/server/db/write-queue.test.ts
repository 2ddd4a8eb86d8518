import { mkdirSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPgEngine } from "./postgres/pg-engine";
import { createTestDatabase, type TestDatabase } from "./postgres/test-database";
import { sql } from "./sql-for-tests";
import type { DeferredRows, SqlEngine, SqlTx } from "./sql-tx";
import { openSqliteEngine, type SqliteEngine } from "./sqlite-engine";
import { StorageError } from "./storage-error";
import { WriteQueue } from "./write-queue";

/** What the conformance suite needs of an engine under test. */
type Harness = {
  /** A fresh, empty "Row" table before each test. */
  reset(): Promise<void>;
  open(): SqlEngine;
  /** The code a duplicate primary key fails with. */
  duplicateKey: string;
  /** Makes the next writes fail as a full disk would, then gives the room back. */
  fill(): Promise<void>;
  makeRoom(): Promise<void>;
};

const insert =
  (id: string, text = "x".repeat(100)) =>
  (tx: SqlTx) =>
    tx.run(sql`INSERT INTO "Row" ("id", "text") VALUES (?, ?)`, id, text);

const FILE = "data/write-queue-test.db";
let sqliteUnderTest: SqliteEngine | undefined;

const sqliteHarness: Harness = {
  async reset() {
    mkdirSync("data", { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
    const setup = new Database(FILE);
    setup.pragma("journal_mode = WAL");
    setup.exec(`CREATE TABLE "Row" ("id" TEXT PRIMARY KEY, "text" TEXT NOT NULL)`);
    setup.close();
  },
  open() {
    return (sqliteUnderTest = openSqliteEngine(`file:./${FILE}`));
  },
  duplicateKey: "SQLITE_CONSTRAINT_PRIMARYKEY",
  // SQLite's own cap on the file's size stands in for a full disk (SQLITE_FULL either way).
  async fill() {
    const pages = sqliteUnderTest!.connection.pragma("page_count", { simple: true }) as number;
    sqliteUnderTest!.connection.pragma(`max_page_count = ${pages}`);
  },
  async makeRoom() {
    sqliteUnderTest!.connection.pragma("max_page_count = 1073741823");
  },
};

let database: TestDatabase | undefined;
let admin: pg.Client | undefined;

const postgresHarness: Harness = {
  async reset() {
    if (!database) {
      database = await createTestDatabase();
      admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      await admin.query(`CREATE TABLE "Row" ("id" TEXT PRIMARY KEY, "text" TEXT NOT NULL)`);
      // A full disk cannot be made on demand: while "Full" has a row, writes to "Row" fail with disk_full's SQLSTATE.
      await admin.query(`CREATE TABLE "Full" ("on" BOOLEAN)`);
      await admin.query(`CREATE FUNCTION refuse_when_full() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF EXISTS (SELECT 1 FROM "Full") THEN RAISE EXCEPTION 'no room' USING ERRCODE = 'disk_full'; END IF; RETURN NEW; END $$`);
      await admin.query(`CREATE TRIGGER full_disk BEFORE INSERT ON "Row" FOR EACH ROW EXECUTE FUNCTION refuse_when_full()`);
    }
    await admin!.query(`TRUNCATE "Row", "Full"`);
  },
  open() {
    return openPgEngine(database!.url, { max: 2 });
  },
  duplicateKey: "23505",
  async fill() {
    await admin!.query(`INSERT INTO "Full" VALUES (true)`);
  },
  async makeRoom() {
    await admin!.query(`TRUNCATE "Full"`);
  },
};

afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

describe.each([
  ["SQLite", sqliteHarness],
  ["PostgreSQL", postgresHarness],
])("WriteQueue on %s", (_name, harness) => {
  let engine: SqlEngine;

  beforeEach(async () => {
    await harness.reset();
    engine = harness.open();
  });
  afterEach(() => engine.close());

  const count = async () => (await engine.get(sql<{ n: number }>`SELECT count(*) AS "n" FROM "Row"`))!.n;

  it("commits the writes of one turn in one transaction, each with its own result", async () => {
    const queue = new WriteQueue(engine);
    const before = engine.counts.transactions;
    const results = await Promise.all([queue.write(insert("a")), queue.write(insert("b")), queue.write(async () => "c")]);
    expect(results).toEqual([1, 1, "c"]);
    expect(engine.counts.transactions - before).toBe(1);
    expect(await count()).toBe(2);
  });

  it("keeps one transaction in flight: writes asked for meanwhile commit next, in the order asked", async () => {
    const queue = new WriteQueue(engine);
    const first = queue.write(insert("a"));
    // The first transaction has begun (on PostgreSQL it is still waiting for answers).
    await new Promise((resolve) => setImmediate(resolve));
    const second = queue.write(
      async (tx) => (await tx.get(sql<{ n: number }>`SELECT count(*) AS "n" FROM "Row" WHERE "id" = ?`, "a"))!.n,
    );
    // The second saw the first committed.
    await expect(Promise.all([first, second])).resolves.toEqual([1, 1]);
  });

  it("fails only the bad write of a shared transaction; its neighbours commit", async () => {
    const queue = new WriteQueue(engine);
    await queue.write(insert("taken"));
    const outcomes = await Promise.allSettled([queue.write(insert("a")), queue.write(insert("taken")), queue.write(insert("b"))]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: harness.duplicateKey });
    expect(await count()).toBe(3);
  });

  it("tries a busy transaction again, whole, and commits each write once", async () => {
    const queue = new WriteQueue(engine, { busyDeadlineMs: 2_000 });
    let tries = 0;
    const flaky = async (tx: SqlTx) => {
      await tx.run(sql`INSERT INTO "Row" ("id", "text") VALUES (?, ?)`, "flaky", "x");
      // A deadlock or serialization abort on PostgreSQL, a lock held elsewhere on SQLite.
      if (++tries === 1) throw new StorageError("busy");
      return tries;
    };
    await expect(Promise.all([queue.write(insert("neighbour")), queue.write(flaky)])).resolves.toEqual([1, 2]);
    expect(await count()).toBe(2);
  });

  it("fails every write of a transaction when the disk is full, and recovers without a restart once there is room", async () => {
    const queue = new WriteQueue(engine);
    await queue.write(insert("first"));
    await harness.fill();
    const big = "y".repeat(64 * 1024);
    const outcomes = await Promise.allSettled([queue.write(insert("a", big)), queue.write(insert("b", big))]);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe("rejected");
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ name: "StorageError", fault: "full" });
    }
    expect(await count()).toBe(1);
    expect(queue.faultWithin(10_000)?.fault).toBe("full");

    await harness.makeRoom();
    await expect(queue.write(insert("a", big))).resolves.toBe(1);
    expect(await count()).toBe(2);
    expect(queue.waiting).toBe(0);
  });

  it("writes a transaction's deferred rows in one statement before it commits, and drops them with a rollback", async () => {
    const statements: number[] = [];
    const rows: DeferredRows<string> = {
      name: "rows",
      order: 0,
      async write(tx, ids) {
        statements.push(ids.length);
        await tx.run(sql(`INSERT INTO "Row" ("id", "text") VALUES ${ids.map(() => "(?, 'd')").join(", ")}`), ...ids);
      },
    };
    const queue = new WriteQueue(engine);
    await Promise.all(["a", "b", "c"].map((id) => queue.write(async (tx) => tx.defer(rows, id))));
    expect(statements).toEqual([3]);
    expect(await count()).toBe(3);

    await expect(
      queue.write(async (tx) => {
        tx.defer(rows, "d");
        throw new Error("the write fails after deferring");
      }),
    ).rejects.toThrow("the write fails");
    expect(await count()).toBe(3);

    // However their statements interleave, rows follow the order the writes were asked for
    // (pages drop a live event numbered below one they have seen).
    const order: string[] = [];
    const ordered: DeferredRows<string> = { name: "ordered", order: 0, write: async (_tx, ids) => void order.push(...ids) };
    await Promise.all([
      queue.write(async (tx) => {
        await tx.get(sql`SELECT 1 AS "one"`);
        await tx.get(sql`SELECT 2 AS "two"`);
        tx.defer(ordered, "first");
      }),
      queue.write(async (tx) => tx.defer(ordered, "second")),
    ]);
    expect(order).toEqual(["first", "second"]);

    let kept: SqlTx | undefined;
    await queue.write(async (tx) => void (kept = tx));
    expect(() => kept!.defer(rows, "e")).toThrow(/belong in a transaction/);
    await expect(kept!.run(sql`INSERT INTO "Row" ("id", "text") VALUES (?, ?)`, "late", "x")).rejects.toThrow(
      /after its transaction ended/,
    );
    expect(await count()).toBe(3);
  });
});

describe("WriteQueue on SQLite only", () => {
  let engine: SqliteEngine;
  let other: Database.Database | undefined;

  beforeEach(async () => {
    await sqliteHarness.reset();
    engine = sqliteHarness.open() as SqliteEngine;
  });
  afterEach(async () => {
    if (other?.inTransaction) other.exec("ROLLBACK");
    other?.close();
    other = undefined;
    await engine.close();
  });

  const count = async () => (await engine.get(sql<{ n: number }>`SELECT count(*) AS "n" FROM "Row"`))!.n;

  it("refuses a write that awaits anything but its transaction (the lock would be held across I/O); its neighbours commit", async () => {
    const queue = new WriteQueue(engine);
    const outcomes = await Promise.allSettled([
      queue.write(insert("a")),
      queue.write(async (tx) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return tx.run(sql`INSERT INTO "Row" ("id", "text") VALUES (?, ?)`, "slow", "x");
      }),
    ]);
    expect(outcomes[0]).toEqual({ status: "fulfilled", value: 1 });
    expect(outcomes[1]).toMatchObject({
      status: "rejected",
      reason: { message: expect.stringMatching(/awaited something other than its transaction/) },
    });
    // Let the refused write's late statement try to run: it must not land outside a transaction.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await engine.all(sql`SELECT "id" FROM "Row" ORDER BY "id"`)).toEqual([{ id: "a" }]);
  });

  it("waits for a lock another connection holds, without blocking the event loop, then commits", async () => {
    const queue = new WriteQueue(engine, { busyDeadlineMs: 2_000 });
    other = new Database(FILE);
    other.exec("BEGIN IMMEDIATE");
    const written = queue.write(insert("a"));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await count()).toBe(0);
    other.exec("COMMIT");
    await expect(written).resolves.toBe(1);
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(5);
    expect(await count()).toBe(1);
  });

  it("fails as busy after the deadline, and writes again once the lock is gone", async () => {
    const queue = new WriteQueue(engine, { busyDeadlineMs: 50 });
    other = new Database(FILE);
    other.exec("BEGIN IMMEDIATE");
    await expect(queue.write(insert("a"))).rejects.toMatchObject({ name: "StorageError", fault: "busy" });
    other.exec("COMMIT");
    await expect(queue.write(insert("b"))).resolves.toBe(1);
    expect(await count()).toBe(1);
  });
});
