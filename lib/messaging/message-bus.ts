import { NoReturnAddressError, UnknownDestinationError } from "./errors";
import { resolveReturnAddress } from "./return-address";
import { SerialQueue } from "./serial-queue";
import type {
  BusObserver,
  DestinationMap,
  DestinationsConfig,
  ListenerContext,
  Message,
  MessageListener,
  SendOptions,
} from "./types";

type BusOptions<M extends DestinationMap> = {
  destinations: DestinationsConfig<M>;
  observers?: BusObserver[];
  /** Makes message ids; injectable so tests can predict them. */
  newId?: () => string;
};

/**
 * An in-process message bus with return addresses. `send` never waits for
 * listeners; replies travel back to the address the message carries.
 */
export class MessageBus<M extends DestinationMap = DestinationMap> {
  /** Identifies this instance, so that separately bundled callers can check they share it. */
  readonly instanceId = crypto.randomUUID();
  private readonly queues = new Map<string, SerialQueue>();
  private readonly observers: BusObserver[];
  private readonly newId: () => string;

  constructor(options: BusOptions<M>) {
    this.observers = [...(options.observers ?? [])];
    this.newId = options.newId ?? (() => crypto.randomUUID());
    for (const [name, definition] of Object.entries(options.destinations) as [
      string,
      { listeners: readonly MessageListener[] },
    ][]) {
      this.queues.set(name, new SerialQueue(definition.listeners, (m, l) => this.deliver(m, l)));
    }
  }

  get destinations(): string[] {
    return [...this.queues.keys()];
  }

  /** Adds an observer (e.g. a recorder or a live push); returns its removal. */
  observe(observer: BusObserver): () => void {
    this.observers.push(observer);
    return () => {
      const index = this.observers.indexOf(observer);
      if (index >= 0) this.observers.splice(index, 1);
    };
  }

  /**
   * Queues `payload` for `destination` and resolves with the message as soon as it
   * is accepted. Rejects with UnknownDestinationError for an undeclared destination.
   * A message no listener takes is reported to observers as undelivered.
   */
  async send<D extends keyof M & string>(
    destination: D,
    payload: M[D],
    options: SendOptions = {},
  ): Promise<Message<M[D]>> {
    const queue = this.queues.get(destination);
    if (!queue) throw new UnknownDestinationError(destination);

    const id = this.newId();
    const message: Message<M[D]> = Object.freeze({
      id,
      destination,
      payload,
      responseDestination: resolveReturnAddress(payload, options.responseDestination),
      correlationId: options.correlationId ?? id,
      headers: Object.freeze({ ...options.headers }),
      createdAt: new Date(),
    });

    if (this.observes("sent")) await this.notify((o) => o.sent?.(message));
    if (queue.listenerCount === 0) {
      await this.notify((o) => o.undelivered?.({ message, reason: "no-listeners" }));
    } else {
      queue.enqueue(message);
    }
    return message;
  }

  /** Resolves once every destination has handled everything queued so far. */
  async idle(): Promise<void> {
    for (;;) {
      await Promise.all([...this.queues.values()].map((q) => q.idle()));
      if ([...this.queues.values()].every((q) => q.size === 0 && !q.busy)) return;
    }
  }

  private async deliver(message: Message, listener: MessageListener): Promise<void> {
    const started = performance.now();
    try {
      await listener.receive(message, this.contextFor(message, listener));
      // Most buses observe failures only: skip building the event and the async hop.
      if (!this.observes("delivered")) return;
      const durationMs = performance.now() - started;
      await this.notify((o) => o.delivered?.({ message, listener: listener.name, durationMs }));
    } catch (error) {
      await this.notify((o) => o.failed?.({ message, listener: listener.name, error }));
    }
  }

  private contextFor(message: Message, listener: MessageListener): ListenerContext {
    // A method, not an arrow property: tsx (esbuild keepNames) wraps every arrow
    // property in a defineProperty call, paid here once per delivery.
    const bus = this;
    return {
      reply(payload, options) {
        const address = message.responseDestination;
        if (!address) return Promise.reject(new NoReturnAddressError(message.id));
        return bus.send(address as keyof M & string, payload as M[keyof M & string], {
          correlationId: message.correlationId,
          headers: { ...options?.headers, listener: listener.name },
        });
      },
    };
  }

  /** Whether any observer has `hook`: the hot path skips notify's closure and await when none does. */
  private observes(hook: keyof BusObserver): boolean {
    for (const observer of this.observers) if (observer[hook]) return true;
    return false;
  }

  /** Runs an observer hook; a failing observer is reported but never stops dispatch. */
  private async notify(call: (observer: BusObserver) => void | Promise<void>): Promise<void> {
    for (const observer of [...this.observers]) {
      try {
        await call(observer);
      } catch (error) {
        console.error("tourbus: bus observer failed", error);
      }
    }
  }
}
