import type { Receipt } from "./delivery-tally";
import type { DestinationRuntime, WorkItem } from "../destination-runtime";
import type { StoredMessage } from "../store/message-store";
import type { Message } from "../types";

/**
 * What a transport hands to the bus to run on this instance: a message, and either
 * every listener at attempt 1 (a fresh send), some listeners at attempt 1 (a replay),
 * or whatever the store still holds open for it (`resume`: recovery, a claimed entry).
 */
export type Inbound = { message: Message; listeners?: readonly string[]; resume?: boolean };

// Defined beside the tally that calls it, so the tally needs nothing of this seam.
export type { Receipt } from "./delivery-tally";

/** What the bus offers its transport. */
export type TransportHost = {
  readonly instanceId: string;
  /** This instance's reply inbox (a synchronous destination only this instance runs). */
  readonly inbox: string;
  runtime(destination: string): DestinationRuntime | undefined;
  /** The declared destinations' runtimes (the inbox not among them). */
  runtimes(): DestinationRuntime[];
  /** Runs an inbound message here; `receipt` is called once its outcomes are recorded. */
  run(inbound: Inbound, receipt: Receipt): Promise<void>;
  /** Resumes a stored message here, at once (what `recover` does without a transport). */
  resume(stored: StoredMessage): Promise<number>;
  unfinished(): Promise<StoredMessage[]>;
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
  readonly kind: "in-process" | "redis-streams";
  /** Connects and starts taking work; on a cluster, also recovers what the store holds unfinished. */
  start(host: TransportHost): Promise<{ messages: number; deliveries: number }>;
  /**
   * Takes a stored message on: returns the work's promise when it runs in the
   * sender's call (a synchronous destination) or the transport's write (Redis), or
   * nothing when it is queued here (in-process: the hot path stays promise-free).
   */
  publish(item: WorkItem, runtime: DestinationRuntime, from: "sender" | "listener"): Promise<void> | undefined;
  /**
   * Whether a destination with no runtime here is still reachable (another
   * instance's reply inbox); `publishElsewhere` then takes its messages there, and
   * resolves false when that inbox is gone (its instance stopped).
   */
  reaches(destination: string): boolean;
  publishElsewhere(message: Message): Promise<boolean>;
  /** Cluster-wide depth per destination; undefined when the transport has no such view. */
  depth(): Promise<DestinationDepth[] | undefined>;
  /** Stops taking work and hands what this instance holds to the others. */
  close(): Promise<void>;
};

/** A reply inbox's name: `_inbox/<instance id>`. */
export const INBOX_PREFIX = "_inbox/";
