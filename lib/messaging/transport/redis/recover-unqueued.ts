import type { Message } from "../../types";
import type { TransportHost } from "../transport";
import type { PartitionLeases } from "./partition-leases";
import { command, type RedisClient } from "./redis-client";
import type { StreamKeys } from "./stream-keys";

type Options = {
  redis: RedisClient;
  host: TransportHost;
  leases: PartitionLeases;
  keys: StreamKeys;
  /** Every destination partition stream. */
  streams: readonly string[];
  graceMs: number;
  lockMs: number;
  /** Adds a message back to its stream for the store to decide what is open; false when it has none here. */
  queue: (message: Message) => Promise<boolean>;
};

const RANGE_PAGE = 1_000;

/**
 * Startup (and periodic) recovery on a cluster. Without Redis the one process re-runs
 * everything the store holds unfinished; with several instances that would run each
 * message once per instance. Here:
 * - One instance at a time does it, under a lock, and the others skip (what the
 *   holder misses, the next periodic run finds).
 * - An unfinished message that is in a stream (waiting, or pending on an instance,
 *   alive or dead) is left alone: its partition's reader runs it, or claims it from a
 *   dead reader. Only messages in the store and in no stream are re-added: a sender
 *   that crashed between its store write and its XADD, or a Redis that lost data.
 * - Messages younger than the grace period are skipped: their sender may be between
 *   those two writes right now (re-adding them would run them twice).
 * - A synchronous destination's message has no stream: it is resumed here. So is one
 *   for a destination no longer declared: resuming marks it dead, as a restart
 *   without Redis does.
 */
export async function recoverUnqueued(options: Options): Promise<{ messages: number; deliveries: number }> {
  const { host, keys, leases } = options;
  if (!(await leases.lock(keys.recoveryLock, options.lockMs))) return { messages: 0, deliveries: 0 };
  try {
    const queued = await queuedMessageIds(options.redis, options.streams);
    const cutoff = Date.now() - options.graceMs;
    let messages = 0;
    let deliveries = 0;
    for (const stored of await host.unfinished()) {
      const { message } = stored;
      if (queued.has(message.id) || message.createdAt.getTime() > cutoff) continue;
      messages++;
      if (await options.queue(message)) {
        deliveries += stored.deliveries.filter((d) => d.state !== "done" && d.state !== "dead").length;
      } else {
        deliveries += await host.resume(stored);
      }
    }
    return { messages, deliveries };
  } finally {
    await leases.unlock(keys.recoveryLock);
  }
}

/** The ids of the messages in these streams (each entry carries its message id as field "i"). */
async function queuedMessageIds(redis: RedisClient, streams: readonly string[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const stream of streams) {
    let start = "-";
    for (;;) {
      const page = await command<[string, string[]][]>(redis, "XRANGE", stream, start, "+", "COUNT", String(RANGE_PAGE));
      for (const [, fields] of page) {
        const at = fields.indexOf("i");
        if (at >= 0 && at % 2 === 0) ids.add(fields[at + 1]!);
      }
      if (page.length < RANGE_PAGE) break;
      start = `(${page[page.length - 1]![0]}`;
    }
  }
  return ids;
}
