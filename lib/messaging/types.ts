/**
 * The bus's vocabulary. Liferay's Message carries destinationName, payload,
 * responseDestinationName and responseId; ours carries the same ideas, typed.
 */

/**
 * How a destination hands a message to its listeners:
 * - serial: one listener at a time, in declared order; messages in send order (per
 *   ordering key, when the destination has one).
 * - parallel: a message's listeners at once; up to `workers` messages at once.
 * - synchronous: in the sender's own call; `send` resolves after the listeners ran.
 */
export type DestinationType = "serial" | "parallel" | "synchronous";

/**
 * What one destination carries: the payload its senders give and the reply its
 * listeners send to the return address (`never`: its listeners do not reply).
 */
export type Route<P = unknown, R = unknown> = { payload: P; reply: R };

/** A route per destination name: `send()` and listeners' `reply()` are checked against it at compile time. */
export type DestinationMap = Record<string, Route>;

export type Message<P = unknown> = Readonly<{
  id: string;
  destination: string;
  payload: P;
  /** The return address: where listeners send their replies. */
  responseDestination?: string;
  /** Ties replies to their request; a request's correlation id defaults to its id. */
  correlationId: string;
  headers: Readonly<Record<string, string>>;
  createdAt: Date;
}>;

export type SendOptions = {
  /**
   * The message id. Give one to make a send idempotent: a second send with the same
   * id is a no-op that resolves with the stored message's id.
   */
  id?: string;
  /** Return address; when absent the payload's `responseDestinationName` is used. */
  responseDestination?: string;
  correlationId?: string;
  headers?: Record<string, string>;
};

export type ListenerContext<R = unknown> = {
  /** 1 on first delivery, then 2, 3… on retries. */
  attempt: number;
  /**
   * Sends `payload` to the message's return address with its correlation id and a
   * `listener` header naming the replier. Reply ids derive from the request's id, so
   * a listener that runs again after a crash or retry sends the same replies, not new
   * ones. Rejects when the message has no return address.
   */
  reply(payload: R, options?: { headers?: Record<string, string> }): Promise<Message<R>>;
};

export type MessageListener<P = unknown, R = unknown> = {
  /** Stable name, used in records and headers ("setup", "inventory"). */
  name: string;
  /**
   * Must be idempotent per message id: after a crash a message may be delivered again.
   * Throwing retries it with backoff, then dead-letters it; an error with
   * `transient: true` (a storage fault) is retried until it passes, using up no attempts.
   */
  receive(message: Message<P>, context: ListenerContext<R>): void | Promise<void>;
};

export type RetryPolicy = {
  /** Deliveries tried in all, the first included, before the message is dead-lettered. */
  maxAttempts: number;
  /** Delay before the first retry; each next one is `multiplier` times longer. */
  initialDelayMs: number;
  multiplier: number;
  maxDelayMs: number;
};

export type DestinationDefinition<P = unknown, R = unknown> = {
  type: DestinationType;
  /** Called in this order for each message (serial and synchronous). */
  listeners: readonly MessageListener<P, R>[];
  /** Messages waiting at most; a send beyond it is rejected with QueueFullError. */
  maxQueueSize?: number;
  /**
   * Messages handled at once by a parallel destination, or by a serial one with an
   * ordering key.
   */
  workers?: number;
  /**
   * Serial only. Without it, one message at a time, in send order. With it, messages
   * with the same key (e.g. one task's) one at a time in send order, and messages with
   * different keys side by side, up to `workers`. Either way a message's listeners run
   * one after the other, in declared order.
   */
  orderingKey?: (message: Message<P>) => string;
  retry?: Partial<RetryPolicy>;
};

/** The whole bus configuration: one entry per destination in the map. */
export type DestinationsConfig<M extends DestinationMap> = {
  [D in keyof M & string]: DestinationDefinition<M[D]["payload"], M[D]["reply"]>;
};

/** Why a message was refused or reached no listener. */
export type RejectionReason = "no-listeners" | "queue-full";

/** Hooks to watch what the bus does (logs, live views); each is optional. */
export type BusObserver = {
  sent?(message: Message): void;
  delivered?(event: { message: Message; listener: string; durationMs: number }): void;
  failed?(event: { message: Message; listener: string; error: unknown; attempt: number; willRetry: boolean }): void;
  dead?(event: { message: Message; listener: string; error: unknown }): void;
  rejected?(event: { message: Message; reason: RejectionReason }): void;
};
