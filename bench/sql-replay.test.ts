import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { serialize } from "node:v8";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { devToolsPort } from "./lighthouse.bench";
import { BENCH_DATA_DIR, removeDatabase } from "./lib/scratch-db";
import { decodeCapture, describeRecords, replayCapture } from "./lib/sql-replay";

const start = path.join(BENCH_DATA_DIR, "replay-start.test.db");
const live = path.join(BENCH_DATA_DIR, "replay-live.test.db");
const copy = path.join(BENCH_DATA_DIR, "replay-copy.test.db");
// A fresh clone has no data/bench yet (the suites make it when they run; this test may run first).
mkdirSync(BENCH_DATA_DIR, { recursive: true });
const capture = path.join(BENCH_DATA_DIR, "replay.test.capture");

/**
 * A process with sql-capture.mjs preloaded: two connections, a table made by exec,
 * then (after `mark` is written) two group commits of three tasks each, and a read.
 */
const SCRIPT = `
const Database = require("better-sqlite3");
const { statSync, writeFileSync } = require("node:fs");
const a = new Database(${JSON.stringify(live)});
const b = new Database(${JSON.stringify(live)});
a.pragma("journal_mode = WAL");
a.exec('CREATE TABLE "Task" ("id" TEXT PRIMARY KEY, "n" INTEGER, "blob" BLOB)');
b.prepare('INSERT INTO "Task" VALUES (?, ?, ?)').run("seed", 0, null);
writeFileSync(${JSON.stringify(capture + ".mark")}, String(statSync(${JSON.stringify(capture)}).size));
const insert = a.prepare('INSERT INTO "Task" VALUES (?, ?, ?)');
for (const group of [0, 1]) {
  a.transaction(() => { for (let i = 0; i < 3; i++) insert.run("t" + group + i, BigInt(i), Buffer.from([group, i])); })();
}
b.prepare('SELECT COUNT(*) AS n FROM "Task"').get();
`;

describe("SQL capture and replay", () => {
  afterEach(() => {
    for (const file of [start, live, copy]) removeDatabase(file);
    rmSync(capture, { force: true });
    rmSync(`${capture}.mark`, { force: true });
  });

  it("replays what a process ran, with its connections, arguments and transactions, timing only the marked part", () => {
    new Database(start).close();
    copyFileSync(start, live);
    copyFileSync(start, copy);
    execFileSync(process.execPath, ["--import", "./bench/lib/sql-capture.mjs", "-e", SCRIPT], {
      env: { ...process.env, BENCH_SQL_CAPTURE: capture },
    });

    const records = decodeCapture(readFileSync(capture));
    expect(new Set(records.map((r) => r.c))).toEqual(new Set([0, 1]));
    expect(records.find((r) => r.m === "exec")?.s).toContain("CREATE TABLE");
    const mark = Number(readFileSync(`${capture}.mark`, "utf8"));
    const measured = records.filter((r) => r.offset >= mark);
    // Two BEGIN … COMMIT around three inserts each, then the read: as the process grouped them.
    expect(measured.map((r) => r.s.split(" ")[0])).toEqual([
      "BEGIN",
      "INSERT",
      "INSERT",
      "INSERT",
      "COMMIT",
      "BEGIN",
      "INSERT",
      "INSERT",
      "INSERT",
      "COMMIT",
      "SELECT",
    ]);
    expect(describeRecords(measured)).toEqual({ statements: 7, transactions: 2 });
    expect(measured[1]!.p).toEqual(["t00", 0n, Buffer.from([0, 0])]);

    const outcome = replayCapture({
      captureFile: capture,
      databaseFile: copy,
      measureFrom: mark,
      measureTo: statSync(capture).size,
    });
    expect(outcome).toMatchObject({ replayed: 11, errors: 0, setupErrors: 0 });
    const replayed = new Database(copy);
    expect(replayed.prepare(`SELECT "id", "n", "blob" FROM "Task" ORDER BY "id"`).all()).toEqual(
      new Database(live).prepare(`SELECT "id", "n", "blob" FROM "Task" ORDER BY "id"`).all(),
    );
    expect((replayed.prepare(`SELECT COUNT(*) AS n FROM "Task"`).get() as { n: number }).n).toBe(7);
    replayed.close();
  });

  it("counts a statement that fails in the replay instead of stopping", () => {
    new Database(copy).close();
    const record = (entry: object) => {
      const body = serialize(entry);
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.length);
      return Buffer.concat([head, body]);
    };
    writeFileSync(
      capture,
      Buffer.concat([
        record({ c: 0, s: "SELECT * FROM missing", m: "all", p: [] }),
        record({ c: 0, s: "SELECT 1", m: "get", p: [] }),
      ]),
    );
    const outcome = replayCapture({
      captureFile: capture,
      databaseFile: copy,
      measureFrom: 0,
      measureTo: statSync(capture).size,
    });
    expect(outcome).toMatchObject({ replayed: 2, errors: 1 });
    expect(outcome.firstError).toContain("no such table: missing");
  });
});

describe("devToolsPort", () => {
  it("reads the port from Chromium's DevTools line, and nothing else", () => {
    expect(devToolsPort("DevTools listening on ws://127.0.0.1:39123/devtools/browser/0f3c")).toBe(39123);
    expect(devToolsPort("[1207/032811.123:ERROR:bus.cc(407)] Failed to connect to the bus")).toBeUndefined();
  });
});
