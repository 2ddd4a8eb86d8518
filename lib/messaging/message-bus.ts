import type { Span } from "@opentelemetry/api";
import { DestinationRuntime, type ResolvedDestination, type WorkItem } from "./destination-runtime";
import type { DestinationStats } from "./destination-stats";
import {
  NoReturnAddressError,
  NotDeadLetterError,
  QueueFullError,
  TimeoutError,
  UnknownDestinationError,
} from "./errors";
import { retryDelayMs, resolveRetryPolicy } from "./retry-policy";
import { resolveReturnAddress } from "./return-address";
import type { DeliveryUpdate, MessageStore, StoredMessage } from "./store/message-store";
import { describeSend, failSpan, receiveTraced, startSend, withTraceContext } from "./tracing";
import { DeliveryTally } from "./transport/delivery-tally";
import { InProcessTransport } from "./transport/in-process-transport";
import { INBOX_PREFIX, type DestinationDepth, type Inbound, type Receipt, type Transport, type TransportHost } from "./transport/transport";
import type {
  BusObserver,
  DestinationDefinition,
  DestinationMap,
  DestinationsConfig,
  ListenerContext,
  Message,
  MessageListener,
  RejectionReason,
  SendOptions,
} from "./types";

type BusOptions<M extends DestinationMap> = {
  destinations: DestinationsConfig<M>;
  /** The durable log. Without one the bus keeps nothing: no recovery, no replay. */
  store?: MessageStore;
  observers?: BusObserver[];
  /** Makes message ids; injectable so tests can predict them. */
  newId?: () => string;
  /** Told about failures of the bus's own bookkeeping (a store write, an observer). */
  onInternalError?: (error: unknown, context: string) => void;
  /**
   * How messages reach their workers: this process's (the default, InProcessTransport)
   * or a cluster's (RedisStreamsTransport, which needs a store shared by the cluster).
   */
  transport?: Transport;
};

type PendingRequest = {
  expected: number;
  replies: Message[];
  resolve: (replies: Message[]) => void;
  timer: NodeJS.Timeout;
};

const DEFAULT_MAX_QUEUE_SIZE = 10_000;
/** How often a delivery held up by a transient fault is tried again. */
const TRANSIENT_RETRY_MS = 1_000;
const DEFAULT_WORKERS = 4;

/**
 * An in-process message bus with return addresses, durable delivery, retries and
 * dead letters. `send` never waits for listeners (except on a synchronous
 * destination); replies travel back to the address the message carries.
 */
export class MessageBus<M extends DestinationMap = DestinationMap> {
  /** Identifies this instance, so that separately bundled callers can check they share it. */
  readonly instanceId = crypto.randomUUID();
  /** This process's reply inbox for `request` (nats.js keeps one per connection too). */
  readonly inbox = `${INBOX_PREFIX}${this.instanceId}`;
  private readonly runtimes = new Map<string, DestinationRuntime>();
  private readonly observers: BusObserver[];
  private readonly store: MessageStore | undefined;
  private readonly newId: () => string;
  private readonly onInternalError: (error: unknown, context: string) => void;
  private readonly pendingRequests = new Map<string, PendingRequest>();
  /** Delivery records on their way to the store (written behind, see `record`). */
  private readonly recording = new Set<Promise<boolean>>();
  private readonly transport: Transport;

  constructor(options: BusOptions<M>) {
    this.store = options.store;
    this.transport = options.transport ?? new InProcessTransport();
    this.observers = [...(options.observers ?? [])];
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.onInternalError = options.onInternalError ?? ((error, context) => console.error(`tourbus bus: ${context}`, error));
    const declared = Object.entries(options.destinations) as [string, DestinationDefinition][];
    for (const [name, definition] of declared) this.addRuntime(resolveDestination(name, definition));
    this.addRuntime(
      resolveDestination(this.inbox, {
        type: "synchronous",
        listeners: [{ name: INBOX_LISTENER, receive: (message) => this.takeReply(message) }],
      }),
    );
  }

  get destinations(): string[] {
    return [...this.runtimes.keys()].filter((name) => name !== this.inbox);
  }

  /** Adds an observer (a log, a live view); returns its removal. */
  observe(observer: BusObserver): () => void {
    this.observers.push(observer);
    return () => {
      const index = this.observers.indexOf(observer);
      if (index >= 0) this.observers.splice(index, 1);
    };
  }

  /**
   * Records `payload` for `destination` and resolves with the message once it is
   * durable, before any listener runs. Rejects with UnknownDestinationError for an
   * undeclared destination and QueueFullError when its queue is at its limit (the
   * refusal is recorded). A message no listener takes is recorded as rejected.
   */
  send<D extends keyof M & string>(destination: D, payload: M[D]["payload"], options?: SendOptions): Promise<Message<M[D]["payload"]>> {
    return this.sendTo(destination, payload, options) as Promise<Message<M[D]["payload"]>>;
  }

  /**
   * Sends and waits for correlated replies: `replies: 1` (the default) resolves with the
   * first, more gathers that many (scatter-gather). Rejects with TimeoutError after
   * `timeoutMs`; replies that come later are kept in the store and reported as late.
   */
  async request<D extends keyof M & string>(
    destination: D,
    payload: M[D]["payload"],
    options: { timeoutMs: number; replies?: number; headers?: Record<string, string> },
  ): Promise<Message<M[D]["reply"]>[]> {
    const expected = options.replies ?? 1;
    // Made here, so that its stack points at the caller rather than at a timer.
    const timeout = new TimeoutError(destination, options.timeoutMs, expected);
    const correlationId = this.newId();
    const replies = new Promise<Message[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        const pending = this.pendingRequests.get(correlationId);
        this.pendingRequests.delete(correlationId);
        timeout.received = pending?.replies.length ?? 0;
        reject(timeout);
      }, options.timeoutMs);
      this.pendingRequests.set(correlationId, { expected, replies: [], resolve, timer });
    });
    try {
      await this.sendTo(destination, payload, { correlationId, responseDestination: this.inbox, headers: options.headers });
    } catch (error) {
      clearTimeout(this.pendingRequests.get(correlationId)?.timer);
      this.pendingRequests.delete(correlationId);
      throw error;
    }
    return replies;
  }

  /**
   * Starts the transport and resumes what the store holds unfinished (after a crash or
   * restart): pending and interrupted deliveries at once, in send order; failed ones
   * when their retry is due. On a cluster the transport decides who resumes what
   * (redis-streams-transport.ts); the counts are then what this instance re-queued.
   */
  recover(): Promise<{ messages: number; deliveries: number }> {
    return this.transport.start(this.transportHost());
  }

  /** Sends a dead-lettered delivery to its listener again, with a fresh set of attempts. */
  async replay(messageId: string, listenerName: string): Promise<void> {
    const stored = await this.store?.get(messageId);
    const dead = stored?.deliveries.find((d) => d.listener === listenerName && d.state === "dead");
    const runtime = stored && this.runtimes.get(stored.message.destination);
    const listener = runtime?.listenerNamed(listenerName);
    if (!stored || !dead || !runtime || !listener) throw new NotDeadLetterError(messageId, listenerName);
    await this.store!.updateDelivery({ messageId, listener: listenerName, state: "pending", attempts: 0 });
    await this.transport.publish({ message: stored.message, deliveries: [{ listener, attempt: 1 }] }, runtime, "sender");
  }

  /** A request and its replies, with every delivery, oldest first. */
  async trail(correlationId: string): Promise<StoredMessage[]> {
    return (await this.store?.trail(correlationId)) ?? [];
  }

  /** The newest messages with their deliveries. */
  async recent(limit = 50): Promise<StoredMessage[]> {
    return (await this.store?.recent(limit)) ?? [];
  }

  /** Dead deliveries with their messages and errors, newest first. */
  async deadLetters(limit = 100): Promise<StoredMessage[]> {
    return (await this.store?.deadLetters(limit)) ?? [];
  }

  /**
   * Per destination, what the whole cluster has queued and taken (read from Redis:
   * XLEN and XPENDING); undefined in-process, where `stats()` already tells it all.
   */
  clusterDepth(): Promise<DestinationDepth[] | undefined> {
    return this.transport.depth();
  }

  /** This instance's counters and queues per destination (on a cluster, each instance has its own). */
  stats(): DestinationStats[] {
    return this.destinations.map((name) => {
      const runtime = this.runtimes.get(name)!;
      const { stats, definition } = runtime;
      return {
        destination: name,
        type: definition.type,
        listeners: definition.listeners.map((l) => l.name),
        pending: runtime.waiting,
        inFlight: stats.inFlight,
        retrying: runtime.retrying,
        sent: stats.sent,
        delivered: stats.delivered,
        failed: stats.failed,
        dead: stats.dead,
        rejected: stats.rejected,
        largestQueue: stats.largestQueue,
        handlingMs: stats.percentiles(),
      };
    });
  }

  /** Resolves once every destination has handled everything here, retries included. */
  async idle(): Promise<void> {
    const runtimes = [...this.runtimes.values()];
    // A reply handled on one destination may queue work on another: look again.
    while (!runtimes.every((runtime) => runtime.isIdle()) || this.recording.size > 0) {
      await Promise.all([...runtimes.map((runtime) => runtime.idle()), ...this.recording]);
    }
  }

  /**
   * Cancels retry timers and pending requests; unfinished work stays in the store (and
   * on a cluster, in its stream, for another instance to take at once).
   */
  async close(): Promise<void> {
    for (const runtime of this.runtimes.values()) runtime.stop();
    for (const pending of this.pendingRequests.values()) clearTimeout(pending.timer);
    this.pendingRequests.clear();
    await this.transport.close();
  }

  private addRuntime(definition: ResolvedDestination): void {
    this.runtimes.set(definition.name, new DestinationRuntime(definition, (r, m, l, a, t) => this.deliver(r, m, l, a, t)));
  }

  /** A send, in its "send" span, whose context the message carries in its headers (tracing.ts). */
  private async sendTo(
    destination: string,
    payload: unknown,
    options: SendOptions = {},
    from: "sender" | "listener" = "sender",
  ): Promise<Message> {
    const span = startSend(destination);
    try {
      const runtime = this.runtimes.get(destination);
      if (!runtime) {
        if (this.transport.reaches(destination)) {
          return await this.sendElsewhere(destination, payload, withTraceContext(span, options), span);
        }
        throw new UnknownDestinationError(destination);
      }

      const message = this.makeMessage(destination, payload, withTraceContext(span, options));
      describeSend(span, message);
      const { listeners } = runtime.definition;

      if (listeners.length === 0) return await this.reject(runtime, message, "no-listeners");
      if (!runtime.reserve()) return await this.reject(runtime, message, "queue-full");
      try {
        const isNew = this.store ? await this.store.append(message, listeners.map((l) => l.name)) : true;
        // An idempotent re-send: the first send's deliveries are already under way or done.
        if (!isNew) return message;
        runtime.stats.sent++;
        if (this.observers.length > 0) this.notify((o) => o.sent?.(message));
      } finally {
        runtime.release();
      }
      const work = this.transport.publish({ message, deliveries: listeners.map((listener) => ({ listener, attempt: 1 })) }, runtime, from);
      if (work) await work;
      return message;
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  }

  private makeMessage(destination: string, payload: unknown, options: SendOptions): Message {
    const id = options.id ?? this.newId();
    return Object.freeze({
      id,
      destination,
      payload,
      responseDestination: resolveReturnAddress(payload, options.responseDestination),
      correlationId: options.correlationId ?? id,
      headers: Object.freeze({ ...options.headers }),
      createdAt: new Date(),
    });
  }

  /** A reply to another instance's inbox: stored, then taken there by the transport. */
  private async sendElsewhere(destination: string, payload: unknown, options: SendOptions, span: Span): Promise<Message> {
    const message = this.makeMessage(destination, payload, options);
    describeSend(span, message);
    const isNew = this.store ? await this.store.append(message, [INBOX_LISTENER]) : true;
    if (isNew && !(await this.transport.publishElsewhere(message))) {
      // Its requester stopped, and with it the wait for this reply (as after a restart).
      await this.store?.updateDelivery({ messageId: message.id, listener: INBOX_LISTENER, state: "dead", attempts: 0, lastError: "inbox gone" });
    }
    return message;
  }

  /** Records a refused message; a full queue is also the sender's error. */
  private async reject(runtime: DestinationRuntime, message: Message, reason: RejectionReason): Promise<Message> {
    runtime.stats.rejected++;
    await this.store?.recordRejection(message, reason);
    this.notify((o) => o.rejected?.({ message, reason }));
    if (reason === "queue-full") throw new QueueFullError(message.destination, runtime.definition.maxQueueSize);
    return message;
  }

  private async deliver(
    runtime: DestinationRuntime,
    message: Message,
    listener: MessageListener,
    attempt: number,
    tally: DeliveryTally | undefined,
  ): Promise<void> {
    const { stats } = runtime;
    const record = { messageId: message.id, listener: listener.name, attempts: attempt };
    stats.inFlight++;
    // No "running" record: a delivery cut short by a crash is still pending (or failed)
    // in the store and runs again on recovery; one write less per delivery.
    const started = performance.now();
    try {
      await receiveTraced(listener, message, new DeliveryContext(this, message, listener.name, attempt), runtime.name);
      const durationMs = performance.now() - started;
      // Checked here, not only in `record`: the update object is not built without a store.
      if (this.store) {
        const write = this.record({ ...record, state: "done", durationMs });
        tally?.settle(write);
      } else tally?.settle(RECORDED);
      stats.noteHandled(durationMs);
      if (this.observers.length > 0) {
        this.notify((o) => o.delivered?.({ message, listener: listener.name, durationMs }));
      }
    } catch (error) {
      stats.failed++;
      const policy = runtime.definition.retry;
      // A fault outside the listener (the database full or locked) is not its failure:
      // tried again, as the same attempt, until the fault is gone.
      const transient = isTransient(error);
      const willRetry = transient || attempt < policy.maxAttempts;
      this.notify((o) => o.failed?.({ message, listener: listener.name, error, attempt, willRetry }));
      const lastError = describeError(error);
      if (willRetry) {
        const delay = transient ? Math.min(policy.maxDelayMs, TRANSIENT_RETRY_MS) : retryDelayMs(policy, attempt);
        this.record({ ...record, state: "failed", lastError, nextAttemptAt: new Date(Date.now() + delay) });
        runtime.schedule({ message, deliveries: [{ listener, attempt: transient ? attempt : attempt + 1 }], tally }, delay);
      } else {
        // Not `tally?.settle(this.record(…))`: without a tally that would skip the write.
        const write = this.record({ ...record, state: "dead", lastError });
        tally?.settle(write);
        stats.dead++;
        this.notify((o) => o.dead?.({ message, listener: listener.name, error }));
      }
    } finally {
      stats.inFlight--;
    }
  }

  /**
   * Writes a delivery's progress behind, without holding up the next delivery. Safe
   * because listeners are idempotent: a record lost in a crash only means the
   * delivery runs again on recovery, and its effects and replies are not repeated.
   */
  private record(update: DeliveryUpdate): Promise<boolean> {
    if (!this.store) return RECORDED;
    const write = this.store
      .updateDelivery(update)
      .then(
        () => true,
        (error: unknown) => {
          this.onInternalError(error, `record delivery ${update.state}`);
          return false;
        },
      )
      .finally(() => this.recording.delete(write));
    this.recording.add(write);
    return write;
  }

  /** @internal A listener's reply (see DeliveryContext): to the message's return address. */
  replyTo(message: Message, options: { id: string; listener: string; headers?: Record<string, string> }, payload: unknown): Promise<Message> {
    const address = message.responseDestination;
    if (!address) return Promise.reject(new NoReturnAddressError(message.id));
    return this.sendTo(
      address,
      payload,
      { id: options.id, correlationId: message.correlationId, headers: { ...options.headers, listener: options.listener } },
      "listener",
    );
  }

  /**
   * Runs a stored message's open deliveries here; with a receipt (a transport's
   * message), the receipt hears once each has its outcome.
   */
  private async resume({ message, deliveries }: StoredMessage, receipt?: Receipt): Promise<number> {
    const runtime = this.runtimes.get(message.destination);
    const open = deliveries.filter((d) => d.state !== "done" && d.state !== "dead");
    const now = Date.now();
    const immediate: WorkItem["deliveries"] = [];
    const later: { listener: MessageListener; attempt: number; due: number }[] = [];
    for (const delivery of open) {
      const listener = runtime?.listenerNamed(delivery.listener);
      if (!runtime || !listener) {
        await this.store!.updateDelivery({
          ...delivery,
          state: "dead",
          lastError: `${runtime ? "listener" : "destination"} no longer declared`,
        });
        continue;
      }
      // An attempt cut short by a crash is not the listener's fault: it is tried again as itself.
      const attempt = delivery.state === "running" ? Math.max(1, delivery.attempts) : delivery.attempts + 1;
      const due = delivery.state === "failed" && delivery.nextAttemptAt ? delivery.nextAttemptAt.getTime() - now : 0;
      if (due > 0) later.push({ listener, attempt, due });
      else immediate.push({ listener, attempt });
    }
    const tally = receipt && new DeliveryTally(immediate.length + later.length, receipt);
    for (const { listener, attempt, due } of later) runtime!.schedule({ message, deliveries: [{ listener, attempt }], tally }, due);
    if (runtime && immediate.length > 0) {
      const order = runtime.definition.listeners;
      immediate.sort((a, b) => order.indexOf(a.listener) - order.indexOf(b.listener));
      await runtime.dispatch({ message, deliveries: immediate, tally });
    }
    return open.length;
  }

  /** Runs a message a transport brought to this instance (see Inbound). */
  private async runInbound(inbound: Inbound, receipt: Receipt): Promise<void> {
    const runtime = this.runtimes.get(inbound.message.destination);
    if (inbound.resume || !runtime) {
      const stored = await this.store?.get(inbound.message.id);
      // Unknown to the store: nothing was promised for it, so there is nothing to run.
      if (!stored) return receipt("recorded");
      await this.resume(stored, receipt);
      return;
    }
    const wanted = inbound.listeners;
    const listeners = wanted ? runtime.definition.listeners.filter((l) => wanted.includes(l.name)) : runtime.definition.listeners;
    const tally = new DeliveryTally(listeners.length, receipt);
    await runtime.dispatch({ message: inbound.message, deliveries: listeners.map((listener) => ({ listener, attempt: 1 })), tally });
  }

  private transportHost(): TransportHost {
    return {
      instanceId: this.instanceId,
      inbox: this.inbox,
      runtime: (destination) => this.runtimes.get(destination),
      runtimes: () => this.destinations.map((name) => this.runtimes.get(name)!),
      run: (inbound, receipt) => this.runInbound(inbound, receipt),
      resume: (stored) => this.resume(stored),
      unfinished: async () => (await this.store?.unfinished()) ?? [],
      onInternalError: this.onInternalError,
    };
  }

  private takeReply(message: Message): void {
    const pending = this.pendingRequests.get(message.correlationId);
    if (!pending) {
      this.notify((o) => o.lateReply?.(message));
      return;
    }
    pending.replies.push(message);
    if (pending.replies.length >= pending.expected) {
      clearTimeout(pending.timer);
      this.pendingRequests.delete(message.correlationId);
      pending.resolve(pending.replies);
    }
  }

  /** Runs an observer hook; a failing observer is reported but never stops dispatch. */
  private notify(call: (observer: BusObserver) => void): void {
    for (const observer of this.observers) {
      try {
        call(observer);
      } catch (error) {
        this.onInternalError(error, "observer failed");
      }
    }
  }
}

/** The one listener of a reply inbox: the requester waiting for its replies. */
const INBOX_LISTENER = "requester";
const RECORDED = Promise.resolve(true);

function resolveDestination(name: string, definition: DestinationDefinition): ResolvedDestination {
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

/** An error that says it will pass (`transient: true`, e.g. a storage fault): it uses up no attempts. */
function isTransient(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { transient?: unknown }).transient === true;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * What a listener gets with each delivery: one small object per delivery. `reply` is
 * an own, bound function, because listeners destructure it (`receive(m, { reply })`).
 */
class DeliveryContext implements ListenerContext {
  private replies = 0;

  constructor(
    private readonly bus: MessageBus<DestinationMap>,
    private readonly message: Message,
    private readonly listener: string,
    readonly attempt: number,
  ) {}

  readonly reply = (payload: unknown, options?: { headers?: Record<string, string> }): Promise<Message> => {
    // The same id on every attempt: a re-run listener's replies are stored once.
    const id = `${this.message.id}~${this.listener}~${this.replies++}`;
    return this.bus.replyTo(this.message, { id, listener: this.listener, headers: options?.headers }, payload);
  };
}
