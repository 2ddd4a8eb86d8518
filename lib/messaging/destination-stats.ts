import type { DestinationType, MessageListener } from "./types";

export type DestinationStats = {
  destination: string;
  type: DestinationType;
  listeners: string[];
  /** Messages waiting to be handled now. */
  pending: number;
  /** Deliveries running now. */
  inFlight: number;
  /** Failed deliveries waiting for their retry. */
  retrying: number;
  sent: number;
  delivered: number;
  /** Failed attempts, retried or not. */
  failed: number;
  dead: number;
  rejected: number;
  largestQueue: number;
  /** Handling time of successful deliveries over the last SAMPLE_SIZE, in ms. */
  handlingMs: { p50: number; p99: number } | null;
};

const SAMPLE_SIZE = 1024;

/** Counters for one destination since the process started; cheap enough for the hot path. */
export class StatsRecorder {
  sent = 0;
  delivered = 0;
  failed = 0;
  dead = 0;
  rejected = 0;
  inFlight = 0;
  largestQueue = 0;
  private readonly samples = new Float64Array(SAMPLE_SIZE);
  private sampleCount = 0;

  noteQueueLength(length: number): void {
    if (length > this.largestQueue) this.largestQueue = length;
  }

  noteHandled(durationMs: number): void {
    this.delivered++;
    this.samples[this.sampleCount++ % SAMPLE_SIZE] = durationMs;
  }

  /** The counters with what the runtime knows of its queue: the form `bus.stats()` reports. */
  snapshot(queue: {
    destination: string;
    type: DestinationType;
    listeners: readonly MessageListener[];
    pending: number;
    retrying: number;
  }): DestinationStats {
    return {
      destination: queue.destination,
      type: queue.type,
      listeners: queue.listeners.map((l) => l.name),
      pending: queue.pending,
      inFlight: this.inFlight,
      retrying: queue.retrying,
      sent: this.sent,
      delivered: this.delivered,
      failed: this.failed,
      dead: this.dead,
      rejected: this.rejected,
      largestQueue: this.largestQueue,
      handlingMs: this.percentiles(),
    };
  }

  private percentiles(): { p50: number; p99: number } | null {
    const count = Math.min(this.sampleCount, SAMPLE_SIZE);
    if (count === 0) return null;
    const sorted = this.samples.slice(0, count).sort();
    const at = (q: number) => round(sorted[Math.min(count - 1, Math.ceil(q * count) - 1)]!);
    return { p50: at(0.5), p99: at(0.99) };
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
