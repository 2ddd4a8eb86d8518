import "server-only";
import Database from "better-sqlite3";

type Params = readonly unknown[];

/**
 * Rows of one kind that many writes of a transaction add (events, delivery records):
 * written together, in one statement per chunk, just before the transaction commits.
 * `order` decides which kinds go first (a delivery's row before its update).
 */
export type DeferredRows<R> = { name: string; order: number; write(engine: SqliteEngine, rows: R[]): void };

/**
 * The hot path's own SQLite connection: better-sqlite3 with every statement prepared
 * once and kept. Prisma (lib/server/db/client.ts) keeps the schema, the migrations and
 * the page and admin queries; the bus, the listeners and the API's writes come here,
 * because Prisma prepares each statement anew and spends more CPU building a query
 * than SQLite spends running it.
 *
 * Synchronous, as better-sqlite3 is: a transaction here never spans an `await`, so it
 * never holds the write lock while other work of this process runs. Writes go through
 * the WriteQueue (write-queue.ts), which groups them and retries a busy database
 * without blocking the event loop.
 */
export class SqliteEngine {
  /** What ran, for /metrics and the bench: data statements and transactions. */
  readonly counts = { statements: 0, transactions: 0 };
  private readonly prepared = new Map<string, Database.Statement>();
  private opened: Database.Database | undefined;
  /** This transaction's deferred rows, by kind. */
  private deferred = new Map<DeferredRows<never>, unknown[]>();

  /** `open` runs on first use: importing this (as `next build` does) opens no file. */
  constructor(private readonly open: () => Database.Database) {}

  get connection(): Database.Database {
    return (this.opened ??= this.open());
  }

  run(sql: string, ...params: Params): Database.RunResult {
    this.counts.statements++;
    return this.statement(sql).run(...params);
  }

  get<T>(sql: string, ...params: Params): T | undefined {
    this.counts.statements++;
    return this.statement(sql).get(...params) as T | undefined;
  }

  all<T>(sql: string, ...params: Params): T[] {
    this.counts.statements++;
    return this.statement(sql).all(...params) as T[];
  }

  /** Adds a row of `kind` to this transaction, written with the others of its kind before it commits. */
  defer<R>(kind: DeferredRows<R>, row: R): void {
    if (!this.connection.inTransaction) throw new Error(`${kind.name}: deferred rows belong in a transaction`);
    const rows = this.deferred.get(kind as DeferredRows<never>);
    if (rows) rows.push(row);
    else this.deferred.set(kind as DeferredRows<never>, [row]);
  }

  /** Runs `fn` in one transaction (BEGIN IMMEDIATE: the write lock up front, no upgrade to fail later). */
  transaction<T>(fn: () => T): T {
    if (this.connection.inTransaction) return fn();
    this.statement("BEGIN IMMEDIATE").run();
    this.counts.transactions++;
    try {
      const result = fn();
      this.writeDeferred();
      this.statement("COMMIT").run();
      return result;
    } catch (error) {
      this.deferred.clear();
      if (this.connection.inTransaction) this.statement("ROLLBACK").run();
      throw error;
    }
  }

  private writeDeferred(): void {
    const kinds = [...this.deferred.entries()].sort(([a], [b]) => a.order - b.order);
    this.deferred.clear();
    for (const [kind, rows] of kinds) kind.write(this, rows as never[]);
  }

  close(): void {
    this.opened?.close();
    this.opened = undefined;
    this.prepared.clear();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }
}

/**
 * Opens `databaseUrl` (`file:…`, relative to the working directory as Prisma reads it)
 * with the server's settings: WAL lets pages read while the bus writes, and
 * synchronous=NORMAL in WAL mode survives a process crash (kill -9); only an OS crash
 * or power cut can lose the last commits. busy_timeout 0: a lock held by another
 * connection is waited for by the WriteQueue, asynchronously, never by blocking here.
 */
export function openSqliteEngine(databaseUrl: string): SqliteEngine {
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
  });
}

/** The file a `file:` database URL names, relative to the working directory as Prisma reads it. */
export function sqliteFile(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

/** Prisma's text form of a DateTime in SQLite, so rows written here read back the same through Prisma. */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A DateTime column as read here (Prisma's text form) in ISO form, for views. */
export function isoFromSqlite(value: string): string {
  return new Date(value).toISOString();
}
