import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { log } from "../../log";
import { DeferredSet, type DeferredRows, type SqlEngine, type SqlParams as Params, type SqlTx } from "../sql-tx";
import { classifyStorageError, StorageError } from "../storage-error";
import { toPostgresPlaceholders } from "./placeholders";

type Counts = { statements: number; transactions: number };

/** node-postgres' type ids (pg_type.oid) of the columns read differently here. */
const INT8 = 20;
const TIMESTAMP = 1114;

/**
 * Rows read here look like the SQLite engine's, so code reading the hot path's rows
 * works on both: a `timestamp(3)` (Prisma's DateTime) as Prisma's text form in UTC
 * rather than a Date in the process's time zone, and a bigint (count(*), sums) as a
 * number — the hot path's counts stay far below 2^53.
 */
const types = {
  getTypeParser: ((id: number, format?: string) => {
    if (id === TIMESTAMP) return prismaTimestamp;
    if (id === INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(id, format as "text");
  }) as typeof pg.types.getTypeParser,
};

/** PostgreSQL's "2026-01-01 10:00:00.12" as Prisma writes DateTime in SQLite: "2026-01-01T10:00:00.120+00:00". */
function prismaTimestamp(value: string): string {
  const [date, time = "00:00:00"] = value.split(" ");
  const [seconds, fraction = ""] = time.split(".");
  return `${date}T${seconds}.${fraction.padEnd(3, "0")}+00:00`;
}

/** A connection ended under us (the server restarted, the network dropped; node-postgres then refuses the statements queued behind as "not queryable"): no SQLSTATE, but a storage fault. */
const CONNECTION_LOST = /Connection terminated|is not queryable|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT/;

/** The StorageError a failure here stands for, or the failure itself (a bug, a constraint). */
function storageFault(error: unknown): unknown {
  const classified = classifyStorageError(error);
  if (classified) return classified;
  const text = `${(error as { code?: unknown } | null)?.code ?? ""} ${error instanceof Error ? error.message : ""}`;
  return CONNECTION_LOST.test(text) ? new StorageError("io", { cause: error }) : error;
}

/**
 * The statements of one transaction, on its own connection. Pipelined: a call sends
 * its statement at once, before the ones before it have answered, so writes that
 * do not await each other cost one round trip together instead of one each.
 */
export class PgTransaction implements SqlTx {
  readonly deferred = new DeferredSet();
  /** Set once the transaction has ended: a statement then would go out on a connection back in the pool. */
  closed = false;
  /** Every statement sent: COMMIT waits for all of them. */
  private readonly sent: Promise<unknown>[] = [];
  /**
   * The first statement that failed, even if its caller caught the error: PostgreSQL
   * has aborted the transaction then, and would answer COMMIT with a silent ROLLBACK.
   */
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly engine: PgEngine,
  ) {}

  async all<T>(sql: string, ...params: Params): Promise<T[]> {
    return (await this.send(sql, params)).rows as T[];
  }

  async get<T>(sql: string, ...params: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, ...params))[0];
  }

  /** The number of rows the statement changed. */
  async run(sql: string, ...params: Params): Promise<number> {
    return (await this.send(sql, params)).rowCount ?? 0;
  }

  defer<R>(kind: DeferredRows<R>, row: R, rank?: number): void {
    if (this.closed) throw new Error(`${kind.name}: deferred rows belong in a transaction, and this one has ended`);
    this.deferred.add(kind, row, rank);
  }

  /** Sends a statement of the engine's own (BEGIN, the lock), tracked like the caller's. */
  sendRaw(sql: string, values?: unknown[]): Promise<pg.QueryResult> {
    return this.track(this.client.query(sql, values));
  }

  /** Resolves once every statement sent has answered; rejects with the first failure, if any. */
  async settled(): Promise<void> {
    await Promise.all(this.sent);
    if (this.failure) throw this.failure.error;
  }

  private send(sql: string, params: Params): Promise<pg.QueryResult> {
    if (this.closed) return Promise.reject(new Error("a write ran a statement after its transaction ended"));
    return this.track(this.engine.send(this.client, sql, params));
  }

  private track(result: Promise<pg.QueryResult>): Promise<pg.QueryResult> {
    this.sent.push(result.catch((error: unknown) => void (this.failure ??= { error })));
    return result;
  }
}

/**
 * The hot path's own PostgreSQL connections (the counterpart of sqlite-engine.ts):
 * a pool of pipelining node-postgres clients, every statement prepared once per
 * connection under a name derived from its text, and SQL written with SQLite's `?`
 * placeholders. Unlike SQLite's, statements here are asynchronous; a transaction
 * holds one connection from BEGIN to COMMIT.
 */
export class PgEngine implements SqlEngine {
  /** What ran, for /metrics and the bench: data statements and transactions. */
  readonly counts: Counts = { statements: 0, transactions: 0 };
  private readonly named = new Map<string, { name: string; text: string }>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { commitOrderLock?: bigint } = {},
  ) {}

  async get<T>(sql: string, ...params: Params): Promise<T | undefined> {
    return (await this.all<T>(sql, ...params))[0];
  }

  /** One statement outside a transaction (a read, or a write that is a transaction by itself). */
  async all<T>(sql: string, ...params: Params): Promise<T[]> {
    this.counts.statements++;
    try {
      return ((await this.pool.query(this.prepared(sql, params))) as pg.QueryResult).rows as T[];
    } catch (error) {
      throw storageFault(error);
    }
  }

  /** Runs `fn` in one transaction; a storage fault comes out as a StorageError, after a rollback. */
  async transaction<T>(fn: (tx: PgTransaction) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw storageFault(error);
    }
    this.counts.transactions++;
    let broken: Error | undefined;
    // The server may end the connection between two statements (a restart): that arrives
    // as an event, not as a statement's error, and must not crash the process.
    const onError = (error: Error) => void (broken ??= error);
    client.on("error", onError);
    const tx = new PgTransaction(client, this);
    try {
      // Not awaited: the statements `fn` sends go out behind it on the same connection.
      void tx.sendRaw("BEGIN");
      // Serial columns (BusMessage.seq, PortalEvent.seq) take their numbers when a row goes
      // in, not when it commits: with every writer holding this lock from BEGIN to COMMIT,
      // numbers are taken in commit order across instances, and a reader that caught up
      // to number n never sees a lower one commit later. Taken at BEGIN, not before the
      // first such row, because nearly every hot-path transaction writes one, and one
      // lock taken first by all cannot deadlock with the row locks taken after it.
      if (this.options.commitOrderLock !== undefined) void tx.sendRaw("SELECT pg_advisory_xact_lock($1)", [this.options.commitOrderLock.toString()]);
      let result: T;
      try {
        result = await fn(tx);
        await tx.deferred.write(tx);
      } catch (error) {
        // Nothing may still be running when the connection goes back to the pool. The
        // statement that failed first is the cause: the ones after it only found the
        // transaction aborted (25P02), and a full disk must not pass for a bug.
        throw await tx.settled().then(
          () => error,
          (first: unknown) => first,
        );
      }
      await tx.settled();
      await client.query("COMMIT");
      return result;
    } catch (error) {
      const fault = storageFault(error);
      if (fault instanceof StorageError && fault.fault === "io") broken ??= fault;
      else if (!broken) await client.query("ROLLBACK").catch((rollback: Error) => (broken = rollback));
      throw fault;
    } finally {
      tx.closed = true;
      client.off("error", onError);
      // A broken connection is closed rather than handed to the next transaction.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Sends one statement on `client` (pipelined behind what it already sent). */
  send(client: pg.PoolClient, sql: string, params: Params): Promise<pg.QueryResult> {
    this.counts.statements++;
    return client.query(this.prepared(sql, params));
  }

  /** A named statement: PostgreSQL parses and plans it once per connection, then only binds. */
  private prepared(sql: string, params: Params): pg.QueryConfig {
    let statement = this.named.get(sql);
    if (!statement) {
      const text = toPostgresPlaceholders(sql);
      statement = { name: `tourbus_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`, text };
      this.named.set(sql, statement);
    }
    return { ...statement, values: params as unknown[] };
  }
}

/** The advisory lock the hot path's write transactions take first (PgEngine.transaction says why): "tourbus" in ASCII, apart from the migrations' key. */
export const COMMIT_ORDER_LOCK = 0x746f7572627573n;

/** Opens a pool on `databaseUrl` (postgres:// or postgresql://) with the hot path's settings. */
export function openPgEngine(databaseUrl: string, options: { max?: number; commitOrderLock?: bigint } = {}): PgEngine {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // Group commit keeps one transaction open at a time; reads run beside it.
    max: options.max ?? 4,
    pipeline: true,
    types,
    application_name: "tourbus-hot-path",
  });
  // An idle connection that dies (a server restart) must not crash the process; the next use reconnects.
  pool.on("error", (err) => log.warn({ err }, "an idle PostgreSQL connection failed; the pool opens another when needed"));
  return new PgEngine(pool, { commitOrderLock: options.commitOrderLock });
}
