import type { Message } from "../../types";
import type { QueuedDestination } from "../transport";

/** Redis key names for one bus: everything under its prefix, so test runs and tenants never meet. */
export class StreamKeys {
  constructor(private readonly prefix: string) {}

  /** One stream per partition of a destination. */
  stream(destination: string, partition: number): string {
    return `${this.prefix}:stream:${destination}:${partition}`;
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
}

/**
 * How many streams a destination has. A serial destination without a key is one
 * stream (one message at a time, cluster-wide); with a key, or parallel, `partitions`
 * streams, each read by one instance at a time, so the work spreads over the cluster.
 */
export function partitionCount(definition: QueuedDestination, partitions: number): number {
  return definition.type === "serial" && !definition.orderingKey ? 1 : partitions;
}

/**
 * The partition a message goes to: by its ordering key (so one key's messages stay in
 * one stream, in order), else by its id (parallel: any spread will do).
 */
export function partitionOf(definition: QueuedDestination, message: Message, partitions: number): number {
  const count = partitionCount(definition, partitions);
  if (count === 1) return 0;
  return fnv1a(definition.orderingKey?.(message) ?? message.id) % count;
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
