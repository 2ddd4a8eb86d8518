import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { log } from "../../log";
import { DeferredSet, type DeferredRows, type SqlEngine, type SqlTx } from "../sql-tx";
import type { Statement } from "../statement";
import { classifyStorageError, StorageError } from "../storage-error";
import { pgTypes, toPgParams } from "./pg-dialect";
import { toPostgresPlaceholders } from "./placeholders";

type Counts = { statements: number; transactions: number };
type Params = readonly unknown[];

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
  /** Whether statements sent now are held to leave with the others of this stretch of work. */
  private holding = false;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly engine: PgEngine,
  ) {}

  async all<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R[]> {
    return (await this.send(statement, params)).rows as R[];
  }

  async get<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R | undefined> {
    return (await this.all(statement, ...params))[0];
  }

  /** The number of rows the statement changed. */
  async run<P extends Params>(statement: Statement<P, unknown>, ...params: P): Promise<number> {
    return (await this.send(statement, params)).rowCount ?? 0;
  }

  defer<R>(kind: DeferredRows<R>, row: R, rank?: number): void {
    if (this.closed) throw new Error(`${kind.name}: deferred rows belong in a transaction, and this one has ended`);
    this.deferred.add(kind, row, rank);
  }

  /** Sends a statement of the engine's own (BEGIN, the lock), tracked like the caller's. */
  sendRaw(sql: string, values?: unknown[]): Promise<pg.QueryResult> {
    this.holdWrites();
    return this.track(this.client.query(sql, values));
  }

  /** Resolves once every statement sent has answered; rejects with the first failure, if any. */
  async settled(): Promise<void> {
    await Promise.all(this.sent);
    if (this.failure) throw this.failure.error;
  }

  private send(statement: Statement, params: Params): Promise<pg.QueryResult> {
    if (this.closed) return Promise.reject(new Error("a write ran a statement after its transaction ended"));
    this.holdWrites();
    return this.track(this.engine.send(this.client, statement, params));
  }

  /**
   * node-postgres writes each statement to the socket on its own (one writev per query);
   * a group commit's writers send theirs one after another in microtasks, so BEGIN, the
   * lock and a turn's statements were a dozen writes, and on loopback those writes cost
   * an instance more CPU than anything else it did (BENCHMARKS.md, the cluster's
   * profile). Corked until the turn's microtasks have run, they leave as one.
   */
  private holdWrites(): void {
    if (this.holding) return;
    this.holding = true;
    // A pool's clients are pg.Client instances; PoolClient's type leaves out `connection`.
    const socket = (this.client as unknown as pg.Client).connection.stream;
    socket.cork();
    setImmediate(() => {
      this.holding = false;
      socket.uncork();
    });
  }

  private track(result: Promise<pg.QueryResult>): Promise<pg.QueryResult> {
    this.sent.push(result.catch((error: unknown) => void (this.failure ??= { error })));
    return result;
  }
}

/**
 * The hot path's own PostgreSQL connections (the counterpart of sqlite-engine.ts):
 * a pool of pipelining node-postgres clients, every statement of the catalogue
 * (statement.ts) turned into PostgreSQL's `$n` placeholders once and prepared once per
 * connection under a name derived from its text, its values converted by PostgreSQL's
 * dialect (pg-dialect.ts). Unlike SQLite's, statements here are asynchronous; a
 * transaction holds one connection from BEGIN to COMMIT.
 */
export class PgEngine implements SqlEngine {
  /** What ran, for /metrics and the bench: data statements and transactions. */
  readonly counts: Counts = { statements: 0, transactions: 0 };
  private readonly named = new Map<Statement, { name: string; text: string }>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { commitOrderLock?: bigint } = {},
  ) {}

  async get<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R | undefined> {
    return (await this.all(statement, ...params))[0];
  }

  /** One statement outside a transaction (a read, or a write that is a transaction by itself). */
  async all<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R[]> {
    this.counts.statements++;
    try {
      return ((await this.pool.query(this.prepared(statement, params))) as pg.QueryResult).rows as R[];
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
      if (this.options.commitOrderLock !== undefined)
        void tx.sendRaw("SELECT pg_advisory_xact_lock($1)", [this.options.commitOrderLock.toString()]);
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
  send(client: pg.PoolClient, statement: Statement, params: Params): Promise<pg.QueryResult> {
    this.counts.statements++;
    return client.query(this.prepared(statement, params));
  }

  /** A named statement: PostgreSQL parses and plans it once per connection, then only binds. */
  private prepared(statement: Statement, params: Params): pg.QueryConfig {
    let named = this.named.get(statement);
    if (!named) {
      const text = toPostgresPlaceholders(statement.postgres ?? statement.sql);
      named = { name: `tourbus_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`, text };
      this.named.set(statement, named);
    }
    return { ...named, values: toPgParams(params) };
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
    types: pgTypes,
    application_name: "tourbus-hot-path",
  });
  // An idle connection that dies (a server restart) must not crash the process; the next use reconnects.
  pool.on("error", (err) => log.warn({ err }, "an idle PostgreSQL connection failed; the pool opens another when needed"));
  return new PgEngine(pool, { commitOrderLock: options.commitOrderLock });
}
