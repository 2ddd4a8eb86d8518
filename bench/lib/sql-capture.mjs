/**
 * Preloaded into a bench server (`node --import ./bench/lib/sql-capture.mjs`) with
 * `BENCH_SQL_CAPTURE=<file>`: every statement better-sqlite3 runs on the main thread
 * (the hot path's engine and Prisma's adapter alike) is appended to that file as one
 * v8-serialized record { c: connection number, s: SQL, m: run|get|all|iterate|exec,
 * p: the call's arguments }, each prefixed by its length (4 bytes, LE). The floor
 * suite replays the records on a copy of the database the server started on
 * (bench/lib/sql-replay.ts). Writes are synchronous: this slows the server, so the
 * capture run is never the measured one.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { serialize } from "node:v8";
import { isMainThread } from "node:worker_threads";

const file = process.env.BENCH_SQL_CAPTURE;
if (file && isMainThread) {
  const Database = createRequire(import.meta.url)("better-sqlite3");
  const fd = openSync(file, "a");
  const connections = new WeakMap();
  let nextConnection = 0;
  const connectionOf = (db) => {
    let id = connections.get(db);
    if (id === undefined) connections.set(db, (id = nextConnection++));
    return id;
  };
  const record = (entry) => {
    const body = serialize(entry);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    writeSync(fd, Buffer.concat([head, body]));
  };
  // A statement of a throwaway connection gives the (native) Statement prototype.
  const probe = new Database(":memory:");
  const statementPrototype = Object.getPrototypeOf(probe.prepare("SELECT 1"));
  probe.close();
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = statementPrototype[method];
    statementPrototype[method] = function (...args) {
      record({ c: connectionOf(this.database), s: this.source, m: method, p: args });
      return original.apply(this, args);
    };
  }
  const exec = Database.prototype.exec;
  Database.prototype.exec = function (sql) {
    record({ c: connectionOf(this), s: sql, m: "exec", p: [] });
    return exec.call(this, sql);
  };
  process.on("exit", () => closeSync(fd));
}
