import type { Message } from "../../types";
import type { QueuedDestination } from "../transport";

/**
 * Redis key names for one bus: everything under its prefix, so test runs and tenants
 * never meet; and which partition stream a message goes to.
 */
export class StreamKeys {
  private readonly prefix: string;
  private readonly partitions: number;

  constructor(options: { prefix: string; partitions: number }) {
    this.prefix = options.prefix;
    this.partitions = options.partitions;
  }

  /**
   * A destination's streams, one per partition. A serial destination without a key is
   * one stream (one message at a time, cluster-wide); with a key, or parallel,
   * `partitions` streams, each read by one instance at a time, so the work spreads.
   */
  streamsOf(destination: QueuedDestination): string[] {
    return Array.from({ length: this.countOf(destination) }, (_, i) => this.stream(destination.name, i));
  }

  /**
   * The stream a message goes to: by its ordering key (so one key's messages stay in
   * one stream, in order), else by its id (parallel: any spread will do).
   */
  streamFor(destination: QueuedDestination, message: Message): string {
    const count = this.countOf(destination);
    const partition = count === 1 ? 0 : fnv1a(destination.orderingKey?.(message) ?? message.id) % count;
    return this.stream(destination.name, partition);
  }

  /** Who reads a partition now (SET NX PX, renewed). */
  lease(stream: string): string {
    return `${stream}:lease`;
  }

  /** Live instances: a sorted set scored by when each one's membership runs out. */
  get members(): string {
    return `${this.prefix}:members`;
  }

  /** Held by the one instance that re-queues what the store holds unfinished. */
  get recoveryLock(): string {
    return `${this.prefix}:recovery`;
  }

  private stream(destination: string, partition: number): string {
    return `${this.prefix}:stream:${destination}:${partition}`;
  }

  private countOf(destination: QueuedDestination): number {
    return destination.type === "serial" && !destination.orderingKey ? 1 : this.partitions;
  }
}

/** FNV-1a, 32 bits: fast, and the same on every instance (unlike a per-process seeded hash). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
