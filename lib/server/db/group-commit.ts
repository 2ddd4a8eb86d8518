import "server-only";
import type { PrismaClient } from "./generated/client";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Op = { run: (tx: Tx) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Group commit: writes asked for in the same moment share one transaction, so the
 * durable log pays one SQLite commit per batch instead of one per row (Prisma over
 * better-sqlite3 manages ~550 single-row commits/s here; batched, many times that).
 * Each caller still gets its own result once the batch is committed.
 */
export class GroupCommit {
  private pending: Op[] = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: PrismaClient,
    private readonly maxBatch = 500,
  ) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ run: work, resolve: resolve as (value: unknown) => void, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    try {
      // Let every write asked for in this turn of the event loop join the batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.maxBatch);
        await this.commit(batch);
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async commit(batch: Op[]): Promise<void> {
    try {
      const results = await this.db.$transaction(async (tx) => {
        const out: unknown[] = [];
        for (const op of batch) out.push(await op.run(tx));
        return out;
      });
      batch.forEach((op, i) => op.resolve(results[i]));
    } catch {
      // One bad write must not fail its neighbours: retry each alone, so only it fails.
      for (const op of batch) {
        await this.db.$transaction((tx) => op.run(tx)).then(op.resolve, op.reject);
      }
    }
  }
}
