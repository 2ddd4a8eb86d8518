import "server-only";
import type { PrismaClient } from "./generated/client";

/** A query Prisma has built but not run: `$transaction([...])` runs a list of them. */
export type Statement = ReturnType<PrismaClient["$executeRaw"]>;

/** The statements for a batch of items, and how to read each item's result from theirs. */
export type Plan<R> = { statements: Statement[]; answer(results: unknown[]): R[] };

/**
 * A kind of write that can be done for many items in a few statements. Plans never
 * depend on what an earlier statement returned, so a whole flush is one list of
 * statements. `order` fixes which kinds go first: a message before its delivery rows.
 */
export type BatchKind<I, R> = {
  name: string;
  order: number;
  plan(db: PrismaClient, items: I[]): Plan<R>;
};

type Waiting = { item: unknown; resolve: (result: unknown) => void; reject: (error: unknown) => void };
type AnyKind = BatchKind<unknown, unknown>;

/**
 * Group commit: writes asked for in the same moment share one transaction and, per
 * kind, a few statements. It runs them as Prisma's batch transaction
 * (`$transaction([...])`): measured here, an interactive transaction costs ~1.3 ms
 * more per statement, and a row per statement would cap the durable log at a few
 * hundred writes a second. Each caller still gets its own result once committed.
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
      const plans = batch.map(([kind, waiting]) => kind.plan(this.db, waiting.map((w) => w.item)));
      const results = await this.db.$transaction(plans.flatMap((plan) => plan.statements));
      let offset = 0;
      plans.forEach((plan, k) => {
        const answers = plan.answer(results.slice(offset, (offset += plan.statements.length)));
        batch[k]![1].forEach((w, i) => w.resolve(answers[i]));
      });
    } catch (error) {
      this.onError(error, batch.map(([kind]) => kind.name).join("+"));
      // One bad item must not fail its neighbours: write each alone, so only it fails.
      for (const [kind, waiting] of batch) {
        for (const w of waiting) {
          const plan = kind.plan(this.db, [w.item]);
          await this.db.$transaction(plan.statements).then((results) => w.resolve(plan.answer(results)[0]), w.reject);
        }
      }
    }
  }
}
