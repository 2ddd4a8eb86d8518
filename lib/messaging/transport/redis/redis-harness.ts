import { createClient } from "redis";
import type { MessageBus } from "../../message-bus";
import type { TransportHarness } from "../transport-harness";
import { RedisStreamsTransport, type RedisStreamsOptions } from "./redis-streams-transport";

/** The machine's Redis (CI runs one the same way); tests write only under their own prefix. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Short leases and idle times, so takeovers happen within a test's time. */
export const FAST_CLUSTER: Omit<RedisStreamsOptions, "url" | "prefix"> = {
  leaseMs: 600,
  claimIdleMs: 1_500,
  recoveryGraceMs: 0,
  partitions: 4,
};

/**
 * A prefix per test file run (`tourbus-test:<label>:<random>`), and per transport
 * under it unless told to share one (a cluster); `cleanup` deletes every key under it.
 */
export function redisHarness(label: string) {
  const runPrefix = `tourbus-test:${label}:${crypto.randomUUID()}`;
  let count = 0;
  const transport = (options: Partial<RedisStreamsOptions> = {}) =>
    new RedisStreamsTransport({ url: TEST_REDIS_URL, prefix: `${runPrefix}:${++count}`, ...FAST_CLUSTER, ...options });

  /** Everything sent has been handled: nothing left in the streams, nothing running here. */
  async function settle(bus: MessageBus<never>, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await bus.idle();
      const depth = (await bus.clusterDepth()) ?? [];
      if (depth.every((d) => d.queued === 0)) return bus.idle();
      if (Date.now() > deadline) throw new Error(`not settled after ${timeoutMs} ms: ${JSON.stringify(depth)}`);
      await sleep(2);
    }
  }

  async function cleanup(): Promise<void> {
    const client = createClient({ url: TEST_REDIS_URL });
    await client.connect();
    try {
      for await (const keys of client.scanIterator({ MATCH: `${runPrefix}:*`, COUNT: 500 })) {
        if (keys.length > 0) await client.unlink(keys);
      }
    } finally {
      await client.close();
    }
  }

  const harness: TransportHarness = { transport: () => transport(), settle };
  return { harness, transport, settle, cleanup, prefix: (name: string) => `${runPrefix}:${name}` };
}
