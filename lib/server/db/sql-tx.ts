import "server-only";
import type { Statement } from "./statement";

type Params = readonly unknown[];

/**
 * The statements of one write transaction, the same on SQLite and PostgreSQL: typed
 * statements from the catalogue (statement.ts), values in the schema's types (a Date
 * for a DateTime), converted by each engine's dialect. A write awaits only these: on
 * SQLite the answers are ready at once, so a whole group commit settles in microtasks
 * between BEGIN IMMEDIATE and COMMIT and never holds the lock across I/O
 * (sqlite-engine.ts refuses a write that awaits anything else).
 */
export type SqlTx = {
  /** The number of rows the statement changed. */
  run<P extends Params>(statement: Statement<P, unknown>, ...params: P): Promise<number>;
  get<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R | undefined>;
  all<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R[]>;
  /**
   * Adds a row of `kind` to this transaction, written with the others of its kind just
   * before it commits. `rank` (set by the write queue: the write's place in its batch)
   * orders the rows, so serial numbers follow the order writes were asked in, however
   * their statements interleave; pushes made after the commit go out in that order too.
   */
  defer<R>(kind: DeferredRows<R>, row: R, rank?: number): void;
};

/**
 * Rows of one kind that many writes of a transaction add (events, delivery records):
 * written together, in one statement per chunk, just before the transaction commits.
 * `order` decides which kinds go first (a delivery's row before its update).
 */
export type DeferredRows<R> = { name: string; order: number; write(tx: SqlTx, rows: R[]): Promise<void> };

/** A write: statements on the transaction the write queue opens (write-queue.ts). */
export type Write<T> = (tx: SqlTx) => Promise<T>;

/** The hot path's connection(s), SQLite's or PostgreSQL's. */
export type SqlEngine = {
  /** What ran, for /metrics and the bench: data statements and transactions. */
  readonly counts: { statements: number; transactions: number };
  /** Runs `fn` in one transaction; its deferred rows are written before COMMIT; a storage fault comes out as thrown (classified by the queue). */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  /** Reads outside a write: what is committed now. */
  get<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R | undefined>;
  all<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R[]>;
  close(): Promise<void>;
};

type Ranked = { rank: number; row: unknown };

/** One transaction's deferred rows, by kind, written in `order` (both engines' transactions keep one). */
export class DeferredSet {
  private readonly rows = new Map<DeferredRows<never>, Ranked[]>();

  add<R>(kind: DeferredRows<R>, row: R, rank = 0): void {
    const rows = this.rows.get(kind as DeferredRows<never>);
    if (rows) rows.push({ rank, row });
    else this.rows.set(kind as DeferredRows<never>, [{ rank, row }]);
  }

  /** Writes every kind's rows on `tx`, lowest `order` first, each kind's by rank (stable: equal ranks keep their order), and forgets them. */
  async write(tx: SqlTx): Promise<void> {
    if (this.rows.size === 0) return;
    const kinds = [...this.rows.entries()].sort(([a], [b]) => a.order - b.order);
    this.rows.clear();
    for (const [kind, rows] of kinds)
      await kind.write(tx, rows.sort((a, b) => a.rank - b.rank).map((ranked) => ranked.row) as never[]);
  }
}

/** `tx` as one write of a batch sees it: what it defers is ranked by its place in the batch. */
export class RankedTx implements SqlTx {
  constructor(
    private readonly tx: SqlTx,
    private readonly rank: number,
  ) {}

  run<P extends Params>(statement: Statement<P, unknown>, ...params: P): Promise<number> {
    return this.tx.run(statement, ...params);
  }

  get<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R | undefined> {
    return this.tx.get(statement, ...params);
  }

  all<P extends Params, R>(statement: Statement<P, R>, ...params: P): Promise<R[]> {
    return this.tx.all(statement, ...params);
  }

  defer<R>(kind: DeferredRows<R>, row: R): void {
    this.tx.defer(kind, row, this.rank);
  }
}
