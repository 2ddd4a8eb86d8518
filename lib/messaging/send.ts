import type { DestinationRuntime } from "./destination-runtime";
import { QueueFullError, UnknownDestinationError } from "./errors";
import type { Observers } from "./observers";
import { resolveReturnAddress } from "./return-address";
import type { MessageStore } from "./store/message-store";
import { describeSend, failSpan, startSend, withTraceContext } from "./tracing";
import type { Transport, TransportHost, WorkItem } from "./transport/transport";
import type { Message, RejectionReason, SendOptions } from "./types";

type SenderParts = {
  runtimes: ReadonlyMap<string, DestinationRuntime>;
  store: MessageStore | undefined;
  observers: Observers;
  newId: () => string;
  transport: Transport;
  host: TransportHost;
};

/** A send's options, and who sends: a listener's reply may start its worker without waiting a turn. */
export type Sending = SendOptions & { from?: "sender" | "listener" };

/**
 * Accepting a message: it is checked, stored, and handed on before `send` resolves.
 * Synchronous destinations run here, in the sender's call; the others go through the
 * transport, which queues them in this process or on the cluster.
 */
export class Sender {
  constructor(private readonly parts: SenderParts) {}

  /** A send, in its "send" span, whose context the message carries in its headers (tracing.ts). */
  async send(destination: string, payload: unknown, options: Sending = {}): Promise<Message> {
    const span = startSend(destination);
    try {
      const runtime = this.parts.runtimes.get(destination);
      if (!runtime) throw new UnknownDestinationError(destination);

      const message = this.makeMessage(destination, payload, withTraceContext(span, options));
      describeSend(span, message);
      const { listeners } = runtime.definition;
      const { store, observers } = this.parts;

      if (listeners.length === 0) return await this.reject({ runtime, message, reason: "no-listeners" });
      if (!runtime.reserve()) return await this.reject({ runtime, message, reason: "queue-full" });
      try {
        const isNew = store
          ? await store.append(
              message,
              listeners.map((l) => l.name),
            )
          : true;
        // An idempotent re-send: the first send's deliveries are already under way or done.
        if (!isNew) return message;
        runtime.stats.sent++;
        if (observers.any) observers.notify((o) => o.sent?.(message));
      } finally {
        runtime.release();
      }
      const work = this.hand({ message }, { runtime, from: options.from ?? "sender" });
      if (work) await work;
      return message;
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  }

  /**
   * Hands a stored message on: run now for a synchronous destination, else to the
   * transport. Returns the work's promise, or nothing when it is queued here.
   */
  hand(
    item: WorkItem,
    { runtime, from }: { runtime: DestinationRuntime; from: "sender" | "listener" },
  ): Promise<void> | undefined {
    if (runtime.definition.type === "synchronous") return this.parts.host.run(item, { from });
    return this.parts.transport.send(item, from);
  }

  private makeMessage(destination: string, payload: unknown, options: SendOptions): Message {
    const id = options.id ?? this.parts.newId();
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

  /** Records a refused message; a full queue is also the sender's error. */
  private async reject({
    runtime,
    message,
    reason,
  }: {
    runtime: DestinationRuntime;
    message: Message;
    reason: RejectionReason;
  }): Promise<Message> {
    runtime.stats.rejected++;
    await this.parts.store?.recordRejection(message, reason);
    this.parts.observers.notify((o) => o.rejected?.({ message, reason }));
    if (reason === "queue-full") throw new QueueFullError(message.destination, runtime.definition.maxQueueSize);
    return message;
  }
}
