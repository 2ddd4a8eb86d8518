import net from "node:net";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { sql } from "../sql-for-tests";
import { openPgEngine, type PgEngine } from "./pg-engine";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
let engine: PgEngine;
let admin: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`CREATE TABLE "Item" ("id" TEXT PRIMARY KEY, "n" INTEGER NOT NULL, "at" TIMESTAMP(3))`);
  // Raises the SQLSTATE it is given, as the server itself would (a full disk cannot be made on demand).
  await admin.query(`CREATE FUNCTION fail_with(code TEXT) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'failing on purpose' USING ERRCODE = code; END $$`);
});

afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

beforeEach(async () => {
  await admin.query(`TRUNCATE "Item"`);
  // One connection: what one transaction did is visible to the next statement's checks.
  engine = openPgEngine(database.url, { max: 1 });
});

afterEach(() => engine.close());

const ids = async () => (await admin.query<{ id: string }>(`SELECT "id" FROM "Item" ORDER BY "id"`)).rows.map((row) => row.id);

describe("PgEngine", () => {
  it("runs SQL written with SQLite's ? placeholders, as named statements prepared once per connection", async () => {
    await engine.transaction((tx) => tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "a", 1));
    await engine.transaction((tx) => tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "b", 2));
    expect(await engine.all(sql<{ id: string }>`SELECT "id" FROM "Item" WHERE "n" > ? ORDER BY "id"`, 0)).toEqual([
      { id: "a" },
      { id: "b" },
    ]);

    const prepared = await engine.all(
      sql<{ statement: string }>`SELECT "statement" FROM pg_prepared_statements WHERE "name" LIKE 'tourbus_%'`,
    );
    expect(prepared.map((row) => row.statement).sort()).toEqual([
      `INSERT INTO "Item" ("id", "n") VALUES ($1, $2)`,
      `SELECT "id" FROM "Item" WHERE "n" > $1 ORDER BY "id"`,
      `SELECT "statement" FROM pg_prepared_statements WHERE "name" LIKE 'tourbus_%'`,
    ]);
    expect(engine.counts).toEqual({ statements: 4, transactions: 2 });
  });

  it("commits many pipelined writes in one transaction and answers each", async () => {
    const changed = await engine.transaction((tx) =>
      Promise.all(
        ["a", "b", "c"].map((id, n) => tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?) ON CONFLICT DO NOTHING`, id, n)),
      ),
    );
    expect(changed).toEqual([1, 1, 1]);
    expect(await ids()).toEqual(["a", "b", "c"]);
    expect(engine.counts.transactions).toBe(1);
  });

  it("sends the statements a transaction does not wait between in one socket write, not one write each", async () => {
    // The pool's first connection writes its start-up; counted from here on.
    await engine.all(sql`SELECT 1 AS "one"`);
    const writes = [vi.spyOn(net.Socket.prototype, "_write"), vi.spyOn(net.Socket.prototype, "_writev")];
    onTestFinished(() => writes.forEach((spy) => spy.mockRestore()));
    await engine.transaction((tx) =>
      Promise.all(["a", "b", "c", "d", "e"].map((id, n) => tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, id, n))),
    );
    // BEGIN and the five INSERTs together; COMMIT once they have answered.
    expect(writes.reduce((sum, spy) => sum + spy.mock.calls.length, 0)).toBe(2);
    expect(await ids()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("fails the whole transaction when a statement failed, even one whose caller ignored the error (PostgreSQL would turn COMMIT into a silent ROLLBACK)", async () => {
    await admin.query(`INSERT INTO "Item" ("id", "n") VALUES ('taken', 0)`);
    const outcome = engine.transaction(async (tx) => {
      const first = tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "new", 1);
      // On SQLite a caught failure leaves the transaction usable; here it does not.
      const second = tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "taken", 2).catch(() => 0);
      return Promise.all([first, second]);
    });
    await expect(outcome).rejects.toMatchObject({ code: "23505" });
    expect(await ids()).toEqual(["taken"]);
    // The connection went back clean: the next transaction commits.
    await engine.transaction((tx) => tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "later", 3));
    expect(await ids()).toEqual(["later", "taken"]);
  });

  it("rolls back what a transaction wrote when its function throws", async () => {
    const outcome = engine.transaction(async (tx) => {
      await tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "a", 1);
      throw new Error("changed my mind");
    });
    await expect(outcome).rejects.toThrow("changed my mind");
    expect(await ids()).toEqual([]);
  });

  it("reads and writes Prisma's DateTime columns (timestamp(3), UTC) as Dates, whatever the process's time zone, and counts as numbers", async () => {
    // node-postgres' own mapping would read and write them in this zone.
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    onTestFinished(() => void (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));
    await engine.transaction((tx) =>
      Promise.all([
        tx.run(sql`INSERT INTO "Item" ("id", "n", "at") VALUES (?, ?, ?)`, "a", 1, new Date("2026-11-27T10:00:00.120Z")),
        tx.run(sql`INSERT INTO "Item" ("id", "n", "at") VALUES (?, ?, ?)`, "b", 2, new Date("2026-11-27T10:00:01.5Z")),
      ]),
    );
    // As Prisma stores them: the UTC wall time, no zone.
    expect((await admin.query<{ at: string }>(`SELECT "at"::text AS "at" FROM "Item" ORDER BY "id"`)).rows).toEqual([
      { at: "2026-11-27 10:00:00.12" },
      { at: "2026-11-27 10:00:01.5" },
    ]);
    const rows = await engine.all(sql<{ id: string; at: Date }>`SELECT "id", "at" FROM "Item" ORDER BY "id"`);
    expect(rows).toEqual([
      { id: "a", at: new Date("2026-11-27T10:00:00.120Z") },
      { id: "b", at: new Date("2026-11-27T10:00:01.500Z") },
    ]);
    expect(await engine.all(sql`SELECT count(*) AS "count" FROM "Item"`)).toEqual([{ count: 2 }]);
  });

  it.each([
    ["disk_full", "full"],
    ["serialization_failure", "busy"],
    ["deadlock_detected", "busy"],
    ["read_only_sql_transaction", "read-only"],
  ])("reports the server's %s as a StorageError (%s) and keeps nothing of the transaction", async (code, fault) => {
    const outcome = engine.transaction(async (tx) => {
      await tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "a", 1);
      await tx.get(sql`SELECT fail_with(?)`, code);
    });
    await expect(outcome).rejects.toMatchObject({ name: "StorageError", fault, transient: true });
    expect(await ids()).toEqual([]);
  });

  it("reports a connection the server ended (an admin shutdown, 57P01) as an I/O fault, and reconnects for the next transaction", async () => {
    const outcome = engine.transaction(async (tx) => {
      await tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "a", 1);
      const { pid } = (await tx.get(sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`))!;
      await admin.query(`SELECT pg_terminate_backend($1)`, [pid]);
      await tx.get(sql`SELECT 1`);
    });
    await expect(outcome).rejects.toMatchObject({ name: "StorageError", fault: "io" });
    expect(await ids()).toEqual([]);

    await engine.transaction((tx) => tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "b", 2));
    expect(await ids()).toEqual(["b"]);
  });

  it("with a commit-order lock, makes another instance's transaction wait from BEGIN to COMMIT, so serial numbers follow commit order", async () => {
    await admin.query(`CREATE TABLE IF NOT EXISTS "Numbered" ("seq" SERIAL PRIMARY KEY, "by" TEXT NOT NULL)`);
    const lock = 0x7465737431n;
    const first = openPgEngine(database.url, { max: 1, commitOrderLock: lock });
    const second = openPgEngine(database.url, { max: 1, commitOrderLock: lock });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      // The first takes the lock, then waits before it numbers its row and commits.
      const slow = first.transaction(async (tx) => {
        await tx.get(sql`SELECT 1`);
        await held;
        await tx.run(sql`INSERT INTO "Numbered" ("by") VALUES (?)`, "first");
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const quick = second.transaction((tx) => tx.run(sql`INSERT INTO "Numbered" ("by") VALUES (?)`, "second"));
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Without the lock the second would have numbered and committed its row by now.
      expect((await admin.query(`SELECT count(*)::int AS n FROM "Numbered"`)).rows[0].n).toBe(0);
      release();
      await Promise.all([slow, quick]);
      expect((await admin.query(`SELECT "by" FROM "Numbered" ORDER BY "seq"`)).rows.map((row) => row.by)).toEqual([
        "first",
        "second",
      ]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("leaves a constraint violation as it is: the app's mistake, not the storage's", async () => {
    await admin.query(`INSERT INTO "Item" ("id", "n") VALUES ('a', 0)`);
    const outcome = engine.transaction((tx) => tx.run(sql`INSERT INTO "Item" ("id", "n") VALUES (?, ?)`, "a", 1));
    await expect(outcome).rejects.toMatchObject({ code: "23505" });
    await expect(outcome).rejects.not.toMatchObject({ name: "StorageError" });
  });
});
