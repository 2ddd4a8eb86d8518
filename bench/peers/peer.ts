/**
 * What a peer broker provides to the shared workload (bench/peers/run-peer.ts): the
 * seed scenario's topology on that broker, with names unique to one run.
 */

/** The task JSON a producer publishes, as tourbus's seed scenario sends it; `id` lets replies name their task. */
export type PeerTask = { id: string; name: string; description: string; status: string; responseDestinationName: string };

/** A listener's answer on the reply queue/stream. */
export type PeerReply = { taskId: string; from: "setup" | "inventory"; answer: string };

export type PeerTopology = {
  /** Publishes one task to the setup queue/stream; resolves when the broker has acknowledged it. */
  publish(task: PeerTask): Promise<void>;
  /** The reply queue/stream's name, sent as the task's `responseDestinationName`. */
  replyDestination: string;
  /** Stops the consumers, deletes this run's queues/streams/keys and closes the connections. */
  close(): Promise<void>;
};

export type Peer = {
  system: string;
  durability: string;
  durable: boolean;
  /**
   * Connects within `connectTimeoutMs`; a failure here means "service not reachable"
   * (the peer is skipped, not failed).
   */
  connect(connectTimeoutMs: number): Promise<{
    /** Creates this run's queues/streams and starts the consumers; `onReply` sees every reply consumed. */
    open(runId: string, onReply: (reply: PeerReply) => void): Promise<PeerTopology>;
    /** Closes the connection if `open` was never reached or failed. */
    abandon(): Promise<void>;
  }>;
};

/** The seed scenario's two listeners, trivial on purpose: the brokers' own cost is what is compared. */
export function setupListener(task: PeerTask): PeerReply {
  return { taskId: task.id, from: "setup", answer: `Stage ready for ${task.name}` };
}

export function inventoryListener(task: PeerTask): PeerReply {
  return { taskId: task.id, from: "inventory", answer: `Gear reserved for ${task.name}` };
}

/**
 * How many inputs a consumer may hold whose replies await the broker's ack: RabbitMQ's
 * prefetch 10, and the same bound for NATS. Steps still run one at a time, in order;
 * only the waiting for acks overlaps (as tourbus's group commit overlaps its writes).
 */
export const ACKS_IN_FLIGHT = 10;

/**
 * Admits `work` and resolves once fewer than `limit` admitted works are unfinished:
 * await it before taking the next message. Rejections are the caller's to handle.
 */
export function boundedInFlight(limit: number): (work: Promise<unknown>) => Promise<void> {
  const pending = new Set<Promise<unknown>>();
  return async (work) => {
    const tracked: Promise<unknown> = work.catch(() => {}).finally(() => pending.delete(tracked));
    pending.add(tracked);
    while (pending.size >= limit) await Promise.race(pending);
  };
}
