import "server-only";
import { RankedTx, type SqlEngine, type SqlTx, type Write } from "./sql-tx";
import { classifyStorageError, StorageError } from "./storage-error";

export type { Write } from "./sql-tx";

type Queued = { write: Write<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

type WriteQueueOptions = {
  /** How long writes wait for a lock held by another connection before they fail as "busy". */
  busyDeadlineMs?: number;
  /** Told when a shared transaction failed for a reason other than storage and its writes are retried one by one. */
  onRetryAlone?: (error: unknown) => void;
};

const BUSY_RETRY_MS = [2, 5, 10, 25, 50, 100];

/**
 * Group commit on the hot path's engine: every write asked for in one turn of the
 * event loop (the tasks posted, the deliveries that ran, their replies and events)
 * commits in one transaction at the end of that turn, and each caller gets its own
 * result once it has committed. Measured here, a commit costs far more than the rows
 * in it (WAL frames for every page touched, a checkpoint now and then; on PostgreSQL a
 * round trip and a WAL flush), so under load dozens of tasks share one; alone, a write
 * waits for less than a turn. On PostgreSQL the writes of a turn go out pipelined on
 * one connection; on SQLite they settle within the turn. One transaction is in flight
 * at a time: writes asked for meanwhile form the next one, so commits keep the order
 * writes were asked in (a delivery's "done" never lands before its message).
 *
 * It never wedges: a busy database (another process holding the lock) is retried on
 * timers, never by blocking the event loop, until `busyDeadlineMs`; a full disk, a
 * read-only file or an I/O error fails the writes of that transaction with a
 * StorageError, and the next writes try again, so the server recovers by itself once
 * the cause is gone.
 */
export class WriteQueue {
  private queued: Queued[] = [];
  private scheduled = false;
  /** A transaction is open: the next flush waits for it. */
  private flushing = false;
  /** While the database is busy: when it first was, and the retry timer. */
  private busySince: number | undefined;
  private busyRetry: NodeJS.Timeout | undefined;
  private busyAttempt = 0;
  private readonly busyDeadlineMs: number;
  /** The last storage fault and when it happened (kept: a small write that fits does not mean the disk has room). */
  private lastFault: { error: StorageError; at: number } | undefined;

  constructor(
    private readonly engine: SqlEngine,
    private readonly options: WriteQueueOptions = {},
  ) {
    this.busyDeadlineMs = options.busyDeadlineMs ?? 5_000;
  }

  /** Resolves with `write`'s result once it has committed (at the end of this turn of the event loop). */
  write<T>(write: Write<T>): Promise<T> {
    const promise = new Promise<T>((resolve, reject) => {
      this.queued.push({ write, resolve: resolve as (value: unknown) => void, reject });
    });
    this.schedule();
    return promise;
  }

  private schedule(): void {
    if (this.scheduled || this.flushing || this.busySince !== undefined || this.queued.length === 0) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  /** Writes waiting to be committed (for readiness: a queue that only grows is wedged). */
  get waiting(): number {
    return this.queued.length;
  }

  /** The storage fault that failed a write within the last `withinMs`, if any. */
  faultWithin(withinMs: number): StorageError | undefined {
    return this.lastFault && Date.now() - this.lastFault.at < withinMs ? this.lastFault.error : undefined;
  }

  /** Resolves once every write asked for so far has committed or failed (a clean stop). */
  async drained(): Promise<void> {
    while (this.queued.length > 0 || this.scheduled || this.flushing || this.busyRetry) {
      await new Promise((resolve) => setTimeout(resolve, this.busyRetry ? 10 : 0));
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    this.busyRetry = undefined;
    const batch = this.queued;
    if (batch.length === 0) return;
    this.queued = [];
    this.flushing = true;
    try {
      await this.commit(batch);
    } finally {
      this.flushing = false;
      this.schedule();
    }
  }

  private async commit(batch: Queued[]): Promise<void> {
    let results: unknown[];
    try {
      results = await this.engine.transaction((tx) => runAll(batch, tx));
    } catch (error) {
      await this.failed(batch, error);
      return;
    }
    this.busySince = undefined;
    this.busyAttempt = 0;
    batch.forEach((queued, i) => queued.resolve(results[i]));
  }

  private async failed(batch: Queued[], error: unknown): Promise<void> {
    const storage = error instanceof BusyWrite ? undefined : classifyStorageError(error);
    if (storage?.fault === "busy") return this.waitForLock(batch, storage);
    this.busySince = undefined;
    this.busyAttempt = 0;
    if (storage) {
      this.lastFault = { error: storage, at: Date.now() };
      // Nothing of the transaction was kept: every write in it fails the same way.
      for (const queued of batch) queued.reject(storage);
      return;
    }
    // One bad write must not fail its neighbours: each alone, so only it fails. A write
    // that was busy itself (reserve-gear when the stock moved under it: often a neighbour
    // in its own batch) is tried again alone a few times, then fails alone; retrying the
    // whole batch would fail it the same way until every write in it timed out.
    if (!(error instanceof BusyWrite)) this.options.onRetryAlone?.(error);
    for (const queued of batch) await this.commitAlone(queued);
  }

  private async commitAlone(queued: Queued): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return queued.resolve(await this.engine.transaction((tx) => queued.write(tx)));
      } catch (alone) {
        const storage = classifyStorageError(alone);
        if (storage?.fault !== "busy" || attempt >= BUSY_RETRY_MS.length) return queued.reject(storage ?? alone);
        await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS[attempt]));
      }
    }
  }

  /** Another connection holds the lock: try again on a timer, in order, until the deadline. */
  private waitForLock(batch: Queued[], busy: StorageError): void {
    const now = Date.now();
    this.busySince ??= now;
    if (now - this.busySince >= this.busyDeadlineMs) {
      this.lastFault = { error: busy, at: Date.now() };
      for (const queued of [...batch, ...this.queued]) queued.reject(busy);
      this.queued = [];
      this.busySince = undefined;
      this.busyAttempt = 0;
      return;
    }
    this.queued = [...batch, ...this.queued];
    const delay = BUSY_RETRY_MS[Math.min(this.busyAttempt++, BUSY_RETRY_MS.length - 1)]!;
    this.busyRetry ??= setTimeout(() => void this.flush(), delay);
  }
}

/**
 * Every write of the batch on `tx`, their results in order. All of them settle before
 * this does, even when one fails early: none may still send a statement once the
 * transaction rolls back. Their statements interleave (each write runs until its first
 * await), so what they defer is ranked by their place in the batch: events are then
 * numbered in the order their writes were asked for, the order their pushes go out.
 */
async function runAll(batch: Queued[], tx: SqlTx): Promise<unknown[]> {
  const outcomes = await Promise.allSettled(batch.map((queued, i) => queued.write(new RankedTx(tx, i))));
  const failure = outcomes.find((outcome) => outcome.status === "rejected");
  if (failure)
    throw classifyStorageError(failure.reason)?.fault === "busy"
      ? new BusyWrite("a write was busy", { cause: failure.reason })
      : failure.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value);
}

/** A write of the batch, not the lock, was busy: its neighbours are not to blame (failed()). */
class BusyWrite extends Error {
  override name = "BusyWrite";
}
