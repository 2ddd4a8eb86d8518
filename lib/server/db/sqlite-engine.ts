import "server-only";
import Database from "better-sqlite3";
import { DeferredSet, type DeferredRows, type SqlEngine, type SqlTx } from "./sql-tx";
import { sqliteRowDecoder, toSqliteParams } from "./sqlite-dialect";
import type { Statement } from "./statement";

type Params = readonly unknown[];
type Row = Record<string, unknown>;
/** A statement as prepared on this connection, with what turns its rows into the schema's types. */
type Prepared = { statement: Database.Statement; decode: ((row: Row) => void) | undefined };

/**
 * The hot path's own SQLite connection: better-sqlite3 with every statement of the
 * catalogue (statement.ts) prepared once and kept, its values converted by SQLite's
 * dialect (sqlite-dialect.ts). Prisma (lib/server/db/client.ts) keeps the schema, the migrations and
 * the page and admin queries; the bus, the listeners and the API's writes come here,
 * because Prisma prepares each statement anew and spends more CPU building a query
 * than SQLite spends running it.
 *
 * better-sqlite3 is synchronous; the SqlTx it hands out answers with promises already
 * resolved, so code is written once for this engine and PostgreSQL's. A transaction
 * here lives within one macrotask: its writes settle in microtasks, so the write lock
 * is never held while other work of this process runs. A write that awaited anything
 * but its transaction (a timer, a socket) would break that: with `checkTurns` (tests
 * and development) it is refused before COMMIT; production skips the check, which
 * costs a timer per transaction (~5% of a lone write's time, measured). Writes go
 * through the WriteQueue (write-queue.ts), which groups them and retries a busy
 * database without blocking the event loop.
 */
export class SqliteEngine implements SqlEngine {
  readonly counts = { statements: 0, transactions: 0 };
  private readonly prepared = new Map<Statement, Prepared>();
  /** BEGIN IMMEDIATE, COMMIT, ROLLBACK: the engine's own. */
  private readonly control = new Map<string, Database.Statement>();
  private opened: Database.Database | undefined;

  /** `open` runs on first use: importing this (as `next build` does) opens no file. */
  constructor(
    private readonly open: () => Database.Database,
    private readonly options: { checkTurns: boolean } = { checkTurns: true },
  ) {}

  get connection(): Database.Database {
    return (this.opened ??= this.open());
  }

  async get<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R | undefined> {
    return this.getNow(statement, params);
  }

  async all<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R[]> {
    return this.allNow(statement, params);
  }

  /** Runs `fn` in one transaction (BEGIN IMMEDIATE: the write lock up front, no upgrade to fail later). */
  async transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    if (this.connection.inTransaction) throw new Error("SqliteEngine: a transaction is open already");
    const tx = new SqliteTx(this);
    this.controlStatement("BEGIN IMMEDIATE").run();
    this.counts.transactions++;
    try {
      const result = await (this.options.checkTurns ? withinThisTurn(fn(tx)) : fn(tx));
      await tx.deferred.write(tx);
      this.controlStatement("COMMIT").run();
      return result;
    } catch (error) {
      if (this.connection.inTransaction) this.controlStatement("ROLLBACK").run();
      throw error;
    } finally {
      tx.closed = true;
    }
  }

  async close(): Promise<void> {
    this.opened?.close();
    this.opened = undefined;
    this.prepared.clear();
    this.control.clear();
  }

  runNow(statement: Statement, params: Params): number {
    this.counts.statements++;
    return this.prepare(statement).statement.run(...toSqliteParams(params)).changes;
  }

  getNow<R>(statement: Statement<Params, R>, params: Params): R | undefined {
    this.counts.statements++;
    const { statement: prepared, decode } = this.prepare(statement);
    const row = prepared.get(...toSqliteParams(params)) as Row | undefined;
    if (row && decode) decode(row);
    return row as R | undefined;
  }

  allNow<R>(statement: Statement<Params, R>, params: Params): R[] {
    this.counts.statements++;
    const { statement: prepared, decode } = this.prepare(statement);
    const rows = prepared.all(...toSqliteParams(params)) as Row[];
    if (decode) rows.forEach(decode);
    return rows as R[];
  }

  private prepare(statement: Statement): Prepared {
    let prepared = this.prepared.get(statement);
    if (!prepared) {
      const made = this.connection.prepare(statement.sql);
      prepared = { statement: made, decode: sqliteRowDecoder(made) };
      this.prepared.set(statement, prepared);
    }
    return prepared;
  }

  private controlStatement(sql: string): Database.Statement {
    let statement = this.control.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.control.set(sql, statement);
    }
    return statement;
  }
}

/** One transaction's statements: run at once, answered with settled promises. */
class SqliteTx implements SqlTx {
  readonly deferred = new DeferredSet();
  /** Set after COMMIT or ROLLBACK: a statement then would run outside any transaction. */
  closed = false;

  constructor(private readonly engine: SqliteEngine) {}

  async run<P extends Params>(statement: Statement<P, unknown>, ...params: P): Promise<number> {
    return this.engine.runNow(this.open(statement), params);
  }

  async get<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R | undefined> {
    return this.engine.getNow(this.open(statement), params);
  }

  async all<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R[]> {
    return this.engine.allNow(this.open(statement), params);
  }

  defer<R>(kind: DeferredRows<R>, row: R, rank?: number): void {
    if (this.closed) throw new Error(`${kind.name}: deferred rows belong in a transaction, and this one has ended`);
    this.deferred.add(kind, row, rank);
  }

  private open<S extends Statement>(statement: S): S {
    if (this.closed)
      throw new Error("a write ran a statement after its transaction ended (it awaited something other than its transaction)");
    return statement;
  }
}

/**
 * `work`, refused if it does not settle within this macrotask: a write that awaits
 * anything but its transaction would otherwise hold SQLite's write lock across I/O.
 * An immediate queued now runs only after every microtask of this turn.
 */
function withinThisTurn<T>(work: Promise<T>): Promise<T> {
  let settled = false;
  const watched = work.finally(() => (settled = true));
  const turnEnded = new Promise<never>((_, reject) =>
    setImmediate(() => {
      if (!settled)
        reject(new Error("a write awaited something other than its transaction; on SQLite a write must finish within one turn"));
    }),
  );
  // The loser's rejection (work failing after the turn) is handled by the race.
  return Promise.race([watched, turnEnded]);
}

/**
 * Opens `databaseUrl` (`file:…`, relative to the working directory as Prisma reads it)
 * with the server's settings: WAL lets pages read while the bus writes, and
 * synchronous=NORMAL in WAL mode survives a process crash (kill -9); only an OS crash
 * or power cut can lose the last commits. busy_timeout 0: a lock held by another
 * connection is waited for by the WriteQueue, asynchronously, never by blocking here.
 */
export function openSqliteEngine(databaseUrl: string, options: { checkTurns: boolean } = { checkTurns: true }): SqliteEngine {
  return new SqliteEngine(() => {
    const connection = new Database(sqliteFile(databaseUrl), { fileMustExist: true });
    connection.pragma("journal_mode = WAL");
    connection.pragma("synchronous = NORMAL");
    connection.pragma("busy_timeout = 0");
    // Checkpoints (copying the WAL into the file, with an fsync) are the checkpointer's
    // (checkpointer.ts), off the event loop; a commit here never runs one.
    connection.pragma("wal_autocheckpoint = 0");
    connection.pragma("foreign_keys = ON");
    return connection;
  }, options);
}

/** The file a `file:` database URL names, relative to the working directory as Prisma reads it. */
export function sqliteFile(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}
