import type { DeliveryTally } from "./delivery-tally";
import { StatsRecorder, type DestinationStats } from "./destination-stats";
import { resolveRetryPolicy } from "./retry-policy";
import type { DestinationDefinition, DestinationType, Message, MessageListener, RetryPolicy } from "./types";

/**
 * One message and the listeners still to get it here, each with the attempt it is on;
 * a message a transport brought carries its tally, so the transport hears when it is done.
 */
export type Job = {
  message: Message;
  deliveries: { listener: MessageListener; attempt: number }[];
  tally?: DeliveryTally;
};

/** One listener's delivery of one message: what `Deliver` is given. */
export type DeliveryJob = {
  runtime: DestinationRuntime;
  message: Message;
  listener: MessageListener;
  attempt: number;
  tally: DeliveryTally | undefined;
};

export type ResolvedDestination = {
  name: string;
  type: DestinationType;
  listeners: readonly MessageListener[];
  maxQueueSize: number;
  workers: number;
  retry: RetryPolicy;
  /** Serial only: messages with the same key one at a time, in send order; other keys side by side. */
  orderingKey?: (message: Message) => string;
};

const DEFAULT_MAX_QUEUE_SIZE = 10_000;
const DEFAULT_WORKERS = 4;

/** A declared destination with its defaults filled in. */
export function resolveDestination(name: string, definition: DestinationDefinition): ResolvedDestination {
  return {
    name,
    type: definition.type,
    listeners: [...definition.listeners],
    maxQueueSize: definition.maxQueueSize ?? DEFAULT_MAX_QUEUE_SIZE,
    workers: definition.workers ?? DEFAULT_WORKERS,
    retry: resolveRetryPolicy(definition.retry),
    ...(definition.type === "serial" && definition.orderingKey
      ? { orderingKey: definition.orderingKey as (message: Message) => string }
      : {}),
  };
}

/**
 * A worker that has run this long without a break yields to the event loop, so a
 * backlog never starves requests and sockets (listeners on the hot path do their I/O
 * in microtasks and would otherwise never let go).
 */
const YIELD_AFTER_MS = 5;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs one delivery and settles its outcome (delivery.ts). */
export type Deliver = (job: DeliveryJob) => Promise<void>;

/**
 * A destination's dispatch: a queue and its workers (one for serial, `workers` for
 * parallel or for serial with an ordering key), or none at all for synchronous, where
 * the sender's call does the work.
 */
export class DestinationRuntime {
  readonly stats = new StatsRecorder();
  private readonly queue: Job[] = [];
  private workersRunning = 0;
  private active = 0;
  private retryTimers = new Set<NodeJS.Timeout>();
  private idleWaiters: (() => void)[] = [];
  /** Sends between their capacity check and their dispatch (the store write in between). */
  private reserved = 0;
  /** Keyed serial: the keys being handled now; another message with one of them waits. */
  private readonly busyKeys = new Set<string>();

  constructor(
    readonly definition: ResolvedDestination,
    private readonly deliver: Deliver,
  ) {}

  get name(): string {
    return this.definition.name;
  }

  /**
   * Claims a place in the queue for a send about to be written, or returns false when
   * the queue is at its limit. Call `release` once the message is dispatched or dropped.
   */
  reserve(): boolean {
    if (this.queue.length + this.reserved >= this.definition.maxQueueSize) return false;
    this.reserved++;
    return true;
  }

  release(): void {
    this.reserved--;
  }

  listenerNamed(name: string): MessageListener | undefined {
    return this.definition.listeners.find((listener) => listener.name === name);
  }

  /** This destination's counters and queue now. */
  snapshot(): DestinationStats {
    const { name, type, listeners } = this.definition;
    return this.stats.snapshot({
      destination: name,
      type,
      listeners,
      pending: this.queue.length,
      retrying: this.retryTimers.size,
    });
  }

  /**
   * Hands a job to the workers (serial, parallel) and returns nothing, or handles it
   * now (synchronous) and returns that work's promise. No promise on the queued path:
   * it is the hot one, and the sender has nothing to wait for there.
   */
  dispatch(job: Job, options: { from?: "sender" | "listener" } = {}): Promise<void> | undefined {
    if (this.definition.type === "synchronous") return this.runNow(job);
    this.queue.push(job);
    this.stats.noteQueueLength(this.queue.length);
    const { type, workers, orderingKey } = this.definition;
    const limit = type === "parallel" || orderingKey ? workers : 1;
    // Start a worker when under the limit and more items wait than idle workers can take.
    while (this.workersRunning < limit && this.workersRunning - this.active < this.queue.length) {
      this.workersRunning++;
      void this.work(options.from === "listener");
    }
  }

  private async runNow(job: Job): Promise<void> {
    this.active++;
    try {
      await this.process(job);
    } finally {
      this.active--;
      this.settle();
    }
  }

  /** Dispatches `job` again after `delayMs` (a retry); counted as pending meanwhile. */
  schedule(job: Job, delayMs: number): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      void this.dispatch(job);
      this.settle();
    }, delayMs);
    this.retryTimers.add(timer);
  }

  /** Resolves when nothing is queued, running or waiting for a retry. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  isIdle(): boolean {
    return this.queue.length === 0 && this.active === 0 && this.workersRunning === 0 && this.retryTimers.size === 0;
  }

  /** Stops pending retries (shutdown); what they would have done stays in the store for recovery. */
  stop(): void {
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    this.settle();
  }

  private async work(startNow: boolean): Promise<void> {
    // Yield a macrotask first: the sender's own continuation after `await send()`
    // runs before any listener does, so the sender never waits on them. A listener's
    // reply needs no such turn (its sender is another listener, not a request), and
    // under load a turn is milliseconds: a task's replies would pay two of them.
    // A microtask at least: the loop in `dispatch` counts this worker before it runs.
    await (startNow ? Promise.resolve() : nextTurn());
    let sliceStart = performance.now();
    try {
      for (let job = this.take(); job; job = this.take()) {
        const key = this.definition.orderingKey?.(job.message);
        this.active++;
        if (key !== undefined) this.busyKeys.add(key);
        try {
          await this.process(job);
        } finally {
          this.active--;
          if (key !== undefined) this.busyKeys.delete(key);
        }
        if (performance.now() - sliceStart > YIELD_AFTER_MS) {
          await nextTurn();
          sliceStart = performance.now();
        }
      }
    } finally {
      this.workersRunning--;
      this.settle();
    }
  }

  /** The next job this worker may handle: the oldest, or with a key, the oldest whose key is free. */
  private take(): Job | undefined {
    const { orderingKey } = this.definition;
    if (!orderingKey) return this.queue.shift();
    const index = this.queue.findIndex((job) => !this.busyKeys.has(orderingKey(job.message)));
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async process(job: Job): Promise<void> {
    const { message, tally } = job;
    if (this.definition.type === "parallel") {
      await Promise.all(
        job.deliveries.map(({ listener, attempt }) => this.deliver({ runtime: this, message, listener, attempt, tally })),
      );
      return;
    }
    // A copy: the list may not change under us mid-message.
    for (const { listener, attempt } of [...job.deliveries])
      await this.deliver({ runtime: this, message, listener, attempt, tally });
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
