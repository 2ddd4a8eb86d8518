/**
 * The bus's vocabulary. Liferay's Message carries destinationName, payload,
 * responseDestinationName and responseId; ours carries the same ideas, typed.
 */

/** How a destination hands a message to its listeners. */
export type DestinationType = "serial";

/** Payload type per destination name: `send()` is checked against it at compile time. */
export type DestinationMap = Record<string, unknown>;

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
  /** Return address; when absent the payload's `responseDestinationName` is used. */
  responseDestination?: string;
  correlationId?: string;
  headers?: Record<string, string>;
};

export type ListenerContext = {
  /**
   * Sends `payload` to the message's return address with its correlation id and a
   * `listener` header naming the replier. Rejects when the message has none.
   */
  reply(payload: unknown, options?: { headers?: Record<string, string> }): Promise<Message>;
};

export type MessageListener<P = unknown> = {
  /** Stable name, used in records and headers ("setup", "inventory"). */
  name: string;
  receive(message: Message<P>, context: ListenerContext): void | Promise<void>;
};

export type DestinationDefinition<P = unknown> = {
  type: DestinationType;
  /** Called in this order for each message. */
  listeners: readonly MessageListener<P>[];
};

/** The whole bus configuration: one entry per destination in the map. */
export type DestinationsConfig<M extends DestinationMap> = {
  [D in keyof M & string]: DestinationDefinition<M[D]>;
};

/** Why a message reached no listener. */
export type UndeliveredReason = "no-listeners";

/** Hooks to record what the bus does; each is optional and may be async. */
export type BusObserver = {
  sent?(message: Message): void | Promise<void>;
  delivered?(event: { message: Message; listener: string; durationMs: number }): void | Promise<void>;
  failed?(event: { message: Message; listener: string; error: unknown }): void | Promise<void>;
  undelivered?(event: { message: Message; reason: UndeliveredReason }): void | Promise<void>;
};
