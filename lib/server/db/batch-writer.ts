import "server-only";
import type { PrismaClient } from "./generated/client";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A kind of write that can be done for many items in a few statements (createMany,
 * deleteMany…). `order` fixes which kinds go first in a shared transaction: a
 * message before the delivery rows that point at it.
 */
export type BatchKind<I, R> = {
  name: string;
  order: number;
  /** Writes every item; answers one result per item, in the same order. */
  write(tx: Tx, items: I[]): Promise<R[]>;
};

type Waiting = { item: unknown; resolve: (result: unknown) => void; reject: (error: unknown) => void };
type AnyKind = BatchKind<unknown, unknown>;

/**
 * Group commit: writes asked for in the same moment share one transaction and, per
 * kind, a few statements. Prisma over better-sqlite3 costs about a millisecond per
 * statement here, so a row per statement caps the durable log at a few hundred
 * writes a second; batched, the cost is per flush, not per row. Each caller still
 * gets its own result once the batch is committed.
 */
export class BatchWriter {
  private pending = new Map<AnyKind, Waiting[]>();
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: PrismaClient,
    private readonly onError: (error: unknown, kind: string) => void,
  ) {}

  write<I, R>(kind: BatchKind<I, R>, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.pending.get(kind as AnyKind) ?? [];
      this.pending.set(kind as AnyKind, queue);
      queue.push({ item, resolve: resolve as (result: unknown) => void, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    try {
      // Let every write asked for in this turn of the event loop join the batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.pending.size > 0) {
        const batch = [...this.pending.entries()].sort(([a], [b]) => a.order - b.order);
        this.pending = new Map();
        await this.commit(batch);
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async commit(batch: [AnyKind, Waiting[]][]): Promise<void> {
    try {
      const results = await this.db.$transaction(async (tx) => {
        const out: unknown[][] = [];
        for (const [kind, waiting] of batch) out.push(await kind.write(tx, waiting.map((w) => w.item)));
        return out;
      });
      batch.forEach(([, waiting], k) => waiting.forEach((w, i) => w.resolve(results[k]![i])));
    } catch (error) {
      this.onError(error, batch.map(([kind]) => kind.name).join("+"));
      // One bad item must not fail its neighbours: write each alone, so only it fails.
      for (const [kind, waiting] of batch) {
        for (const w of waiting) {
          await this.db.$transaction((tx) => kind.write(tx, [w.item])).then((r) => w.resolve(r[0]), w.reject);
        }
      }
    }
  }
}
