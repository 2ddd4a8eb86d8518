/**
 * The floor's second half: the statements a tourbus server ran (captured by
 * bench/lib/sql-capture.mjs) replayed by bare better-sqlite3 on a copy of the database
 * that server started on, in the same order, on the same number of connections, with
 * the same arguments and the same BEGIN … COMMIT grouping as its group commit made.
 * What the storage alone costs, with none of tourbus's JavaScript around it.
 */
import { readFileSync } from "node:fs";
import { deserialize } from "node:v8";
import Database from "better-sqlite3";

export type SqlRecord = {
  /** Which of the server's connections ran it (numbered in order of first use). */
  c: number;
  s: string;
  m: "run" | "get" | "all" | "iterate" | "exec";
  p: unknown[];
  /** Byte offset of the record in the capture file. */
  offset: number;
};

/** Decodes a capture file's length-prefixed v8 records, each with its byte offset. */
export function decodeCapture(bytes: Buffer): SqlRecord[] {
  const records: SqlRecord[] = [];
  let at = 0;
  // A record cut short by a kill at the very end is ignored.
  while (at + 4 <= bytes.length) {
    const length = bytes.readUInt32LE(at);
    if (at + 4 + length > bytes.length) break;
    const entry = deserialize(bytes.subarray(at + 4, at + 4 + length)) as Omit<SqlRecord, "offset">;
    records.push({ ...entry, offset: at });
    at += 4 + length;
  }
  return records;
}

/** What a stretch of records holds: statements and transactions (BEGIN …), on the hot path's terms. */
export function describeRecords(records: readonly SqlRecord[]): { statements: number; transactions: number } {
  let transactions = 0;
  let statements = 0;
  for (const record of records) {
    const sql = record.s.trim().toUpperCase();
    if (sql.startsWith("BEGIN")) transactions++;
    else if (sql !== "COMMIT" && sql !== "ROLLBACK" && !sql.startsWith("PRAGMA")) statements++;
  }
  return { statements, transactions };
}

export type ReplayOutcome = {
  elapsedMs: number;
  replayed: number;
  /** Statements that failed in the timed part, and in the untimed part before it. */
  errors: number;
  setupErrors: number;
  firstError?: string;
};

/**
 * Replays every record of `captureFile` on `databaseFile`: those before byte
 * `measureFrom` untimed (they rebuild the state the measured ones start from: users,
 * token, warm-up tasks), those from `measureFrom` up to `measureTo` timed.
 */
export function replayCapture(options: {
  captureFile: string;
  databaseFile: string;
  measureFrom: number;
  measureTo: number;
}): ReplayOutcome {
  const records = decodeCapture(readFileSync(options.captureFile));
  const connections = new Map<number, { db: Database.Database; statements: Map<string, Database.Statement> }>();
  const outcome: ReplayOutcome = { elapsedMs: 0, replayed: 0, errors: 0, setupErrors: 0 };
  const play = (record: SqlRecord) => {
    let connection = connections.get(record.c);
    if (!connection) connections.set(record.c, (connection = { db: new Database(options.databaseFile), statements: new Map() }));
    try {
      if (record.m === "exec") {
        connection.db.exec(record.s);
        return;
      }
      let statement = connection.statements.get(record.s);
      if (!statement) connection.statements.set(record.s, (statement = connection.db.prepare(record.s)));
      if (record.m === "iterate") for (const _row of statement.iterate(...record.p)) void _row;
      else statement[record.m](...record.p);
    } catch (error) {
      outcome.errors++;
      outcome.firstError ??= `${error instanceof Error ? error.message : String(error)} (${record.s.slice(0, 80)})`;
    }
  };
  const before = records.filter((r) => r.offset < options.measureFrom);
  const measured = records.filter((r) => r.offset >= options.measureFrom && r.offset < options.measureTo);
  for (const record of before) play(record);
  outcome.setupErrors = outcome.errors;
  outcome.errors = 0;
  const started = performance.now();
  for (const record of measured) play(record);
  outcome.elapsedMs = performance.now() - started;
  outcome.replayed = measured.length;
  for (const { db } of connections.values()) db.close();
  return outcome;
}
