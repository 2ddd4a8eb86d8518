import { createDeliver } from "./delivery";
import { DestinationRuntime, resolveDestination } from "./destination-runtime";
import type { DestinationStats } from "./destination-stats";
import { NotDeadLetterError } from "./errors";
import { Observers } from "./observers";
import { DeliveryRecorder } from "./recording";
import { Recovery } from "./recovery";
import { Sender } from "./send";
import type { MessageStore, StoredMessage } from "./store/message-store";
import { InProcessTransport } from "./transport/in-process-transport";
import type { DestinationDepth, Transport, TransportHost } from "./transport/transport";
import { createTransportHost } from "./transport-host";
import type { BusObserver, DestinationDefinition, DestinationMap, DestinationsConfig, Message, SendOptions } from "./types";

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

/**
 * A message bus with return addresses, durable delivery, retries and dead letters.
 * `send` never waits for listeners (except on a synchronous destination); replies
 * travel back to the address the message carries. This class wires the parts and
 * answers for them: sending (send.ts), delivery (delivery.ts, destination-runtime.ts),
 * recording (recording.ts), recovery (recovery.ts), the transport (transport-host.ts).
 */
export class MessageBus<M extends DestinationMap = DestinationMap> {
  /** Identifies this instance, so that separately bundled callers can check they share it. */
  readonly instanceId = crypto.randomUUID();
  private readonly runtimes = new Map<string, DestinationRuntime>();
  private readonly observers: Observers;
  private readonly store: MessageStore | undefined;
  private readonly recorder: DeliveryRecorder;
  private readonly transport: Transport;
  private readonly sender: Sender;
  private readonly host: TransportHost;

  constructor(options: BusOptions<M>) {
    const { runtimes } = this;
    const onInternalError = options.onInternalError ?? ((error, context) => console.error(`tourbus bus: ${context}`, error));
    this.store = options.store;
    this.observers = new Observers(options.observers ?? [], onInternalError);
    this.recorder = new DeliveryRecorder(this.store, onInternalError);
    const deliver = createDeliver({
      recorder: this.recorder,
      observers: this.observers,
      // A listener's reply is a send like any other (`sender` exists by the time a listener runs).
      sendReply: (...reply) => this.sender.send(...reply),
    });
    const declared = Object.entries(options.destinations) as [string, DestinationDefinition][];
    for (const [name, definition] of declared)
      runtimes.set(name, new DestinationRuntime(resolveDestination(name, definition), deliver));
    const recovery = new Recovery(runtimes, this.store);
    this.host = createTransportHost({ instanceId: this.instanceId, runtimes, recovery, store: this.store, onInternalError });
    this.transport = options.transport ?? new InProcessTransport(this.host);
    this.sender = new Sender({
      runtimes,
      store: this.store,
      observers: this.observers,
      newId: options.newId ?? (() => crypto.randomUUID()),
      transport: this.transport,
      host: this.host,
    });
  }

  get destinations(): string[] {
    return [...this.runtimes.keys()];
  }

  /** Adds an observer (a log, a live view); returns its removal. */
  observe(observer: BusObserver): () => void {
    return this.observers.add(observer);
  }

  /**
   * Records `payload` for `destination` and resolves with the message once it is
   * durable, before any listener runs. Rejects with UnknownDestinationError for an
   * undeclared destination and QueueFullError when its queue is at its limit (the
   * refusal is recorded). A message no listener takes is recorded as rejected.
   */
  send<D extends keyof M & string>(
    destination: D,
    payload: M[D]["payload"],
    options?: SendOptions,
  ): Promise<Message<M[D]["payload"]>> {
    return this.sender.send(destination, payload, options) as Promise<Message<M[D]["payload"]>>;
  }

  /**
   * Starts the transport and resumes what the store holds unfinished (after a crash or
   * restart): pending and interrupted deliveries at once, in send order; failed ones
   * when their retry is due. On a cluster the transport decides who resumes what
   * (redis-streams-transport.ts); the counts are then what this instance re-queued.
   */
  recover(): Promise<{ messages: number; deliveries: number }> {
    return this.transport.start(this.host);
  }

  /** Sends a dead-lettered delivery to its listener again, with a fresh set of attempts. */
  async replay(messageId: string, listenerName: string): Promise<void> {
    const stored = await this.store?.get(messageId);
    const dead = stored?.deliveries.find((d) => d.listener === listenerName && d.state === "dead");
    const runtime = stored && this.runtimes.get(stored.message.destination);
    if (!stored || !dead || !runtime?.listenerNamed(listenerName)) throw new NotDeadLetterError(messageId, listenerName);
    await this.store!.updateDelivery({ messageId, listener: listenerName, state: "pending", attempts: 0 });
    await this.sender.hand({ message: stored.message, listeners: [listenerName] }, { runtime, from: "sender" });
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
    return [...this.runtimes.values()].map((runtime) => runtime.snapshot());
  }

  /** Resolves once every destination has handled everything here, retries included. */
  async idle(): Promise<void> {
    const runtimes = [...this.runtimes.values()];
    // A reply handled on one destination may queue work on another: look again.
    while (!runtimes.every((runtime) => runtime.isIdle()) || this.recorder.busy) {
      await Promise.all([...runtimes.map((runtime) => runtime.idle()), ...this.recorder.pending()]);
    }
  }

  /** Cancels retry timers; unfinished work stays in the store (and on a cluster, in its stream, for another instance to take at once). */
  async close(): Promise<void> {
    for (const runtime of this.runtimes.values()) runtime.stop();
    await this.transport.close();
  }
}
