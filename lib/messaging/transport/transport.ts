import type { StoredMessage } from "../store/message-store";
import type { Message } from "../types";

/**
 * What a transport carries: a message for its destination's listeners on some
 * instance. All of them at attempt 1 (a fresh send), the ones named (a replay), or
 * whichever the store still holds open (`resume`: recovery, a claimed entry).
 */
export type WorkItem = { message: Message; listeners?: readonly string[]; resume?: boolean };

/**
 * An acknowledgement, given once every delivery of a work item has an outcome:
 * `recorded` when the outcomes are in the store (the transport may forget the item:
 * XACK), `unrecorded` when a store write failed (the transport keeps it, so it runs
 * again later).
 */
export type Ack = (outcome: "recorded" | "unrecorded") => void;

/**
 * A destination whose messages travel through the transport. Synchronous destinations
 * run in the sender's call and never do. What a transport may rely on for ordering:
 * serial without a key is one message at a time; with `orderingKey`, one key's
 * messages at a time; parallel, none.
 */
export type QueuedDestination = {
  name: string;
  type: "serial" | "parallel";
  orderingKey?: (message: Message) => string;
};

/** What the bus offers its transport: its destinations, and running work here. */
export type TransportHost = {
  readonly instanceId: string;
  readonly destinations: readonly QueuedDestination[];
  /**
   * Runs a work item on this instance; `ack` hears once its outcomes are recorded.
   * Returns a promise only when there is something to wait for (a `resume` reads the
   * store first); a queued item returns nothing, which keeps the hot path promise-free.
   * `from: "listener"` (a reply) lets a worker start without waiting for a macrotask.
   */
  run(item: WorkItem, options?: { ack?: Ack; from?: "sender" | "listener" }): Promise<void> | undefined;
  /** What the store holds unfinished, oldest first. */
  unfinished(): Promise<StoredMessage[]>;
  /** Runs a stored message's open deliveries here, at once; resolves with how many. */
  resume(stored: StoredMessage): Promise<number>;
  onInternalError(error: unknown, context: string): void;
};

/** Where a destination's messages are, cluster-wide (a transport that moves work between instances). */
export type DestinationDepth = {
  destination: string;
  /** Messages accepted and not yet finished anywhere (waiting, running or waiting for a retry). */
  queued: number;
  /** Of those, the ones an instance has taken. */
  taken: number;
};

/**
 * How sent messages reach their destination's workers. In-process (the default) hands
 * them to this process's workers; the Redis Streams transport to whichever instance
 * of the cluster takes them. Either way the durable record is the MessageStore's.
 */
export type Transport = {
  /** A name for logs and metrics ("in-process", "redis-streams", …); open to any transport. */
  readonly kind: string;
  /** Connects and starts taking work; resumes or re-queues what the store holds unfinished. */
  start(host: TransportHost): Promise<{ messages: number; deliveries: number }>;
  /**
   * Takes a stored message on: returns the transport's write (Redis), or nothing when
   * the item is queued here at once (in-process: the hot path stays promise-free).
   */
  send(item: WorkItem, from: "sender" | "listener"): Promise<void> | undefined;
  /** Cluster-wide depth per destination; undefined when the transport has no such view. */
  depth(): Promise<DestinationDepth[] | undefined>;
  /** Stops taking work and hands what this instance holds to the others. */
  close(): Promise<void>;
};
