import type { DestinationType } from "./types";

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

  percentiles(): { p50: number; p99: number } | null {
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
