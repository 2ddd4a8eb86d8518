import { StatsRecorder } from "./destination-stats";
import type { DeliveryTally } from "./transport/delivery-tally";
import type { DestinationType, Message, MessageListener, RetryPolicy } from "./types";

/**
 * One message and the listeners still to get it, each with the attempt it is on; a
 * message a transport brought carries its tally, so the transport hears when it is done.
 */
export type WorkItem = {
  message: Message;
  deliveries: { listener: MessageListener; attempt: number }[];
  tally?: DeliveryTally;
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

/**
 * A worker that has run this long without a break yields to the event loop, so a
 * backlog never starves requests and sockets (listeners on the hot path do their I/O
 * in microtasks and would otherwise never let go).
 */
const YIELD_AFTER_MS = 5;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type Deliver = (
  runtime: DestinationRuntime,
  message: Message,
  listener: MessageListener,
  attempt: number,
  tally: DeliveryTally | undefined,
) => Promise<void>;

/**
 * A destination's dispatch: a queue and its workers (one for serial, `workers` for
 * parallel or for serial with an ordering key), or none at all for synchronous, where
 * the sender's call does the work.
 */
export class DestinationRuntime {
  readonly stats = new StatsRecorder();
  private readonly queue: WorkItem[] = [];
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

  get waiting(): number {
    return this.queue.length;
  }

  get retrying(): number {
    return this.retryTimers.size;
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

  /**
   * Hands an item to the workers (serial, parallel) and returns nothing, or handles it
   * now (synchronous) and returns that work's promise. No promise on the queued path:
   * it is the hot one, and the sender has nothing to wait for there.
   */
  dispatch(item: WorkItem, options: { from?: "sender" | "listener" } = {}): Promise<void> | undefined {
    if (this.definition.type === "synchronous") return this.runNow(item);
    this.queue.push(item);
    this.stats.noteQueueLength(this.queue.length);
    const { type, workers, orderingKey } = this.definition;
    const limit = type === "parallel" || orderingKey ? workers : 1;
    // Start a worker when under the limit and more items wait than idle workers can take.
    while (this.workersRunning < limit && this.workersRunning - this.active < this.queue.length) {
      this.workersRunning++;
      void this.work(options.from === "listener");
    }
  }

  private async runNow(item: WorkItem): Promise<void> {
    this.active++;
    try {
      await this.process(item);
    } finally {
      this.active--;
      this.settle();
    }
  }

  /** Dispatches `item` again after `delayMs` (a retry); counted as pending meanwhile. */
  schedule(item: WorkItem, delayMs: number): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      void this.dispatch(item);
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
      for (let item = this.take(); item; item = this.take()) {
        const key = this.definition.orderingKey?.(item.message);
        this.active++;
        if (key !== undefined) this.busyKeys.add(key);
        try {
          await this.process(item);
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

  /** The next item this worker may handle: the oldest, or with a key, the oldest whose key is free. */
  private take(): WorkItem | undefined {
    const { orderingKey } = this.definition;
    if (!orderingKey) return this.queue.shift();
    const index = this.queue.findIndex((item) => !this.busyKeys.has(orderingKey(item.message)));
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async process(item: WorkItem): Promise<void> {
    if (this.definition.type === "parallel") {
      await Promise.all(item.deliveries.map((d) => this.deliver(this, item.message, d.listener, d.attempt, item.tally)));
      return;
    }
    // A copy: the list may not change under us mid-message.
    for (const d of [...item.deliveries]) await this.deliver(this, item.message, d.listener, d.attempt, item.tally);
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
