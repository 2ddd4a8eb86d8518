import { afterAll, afterEach } from "vitest";
import { MessageBus } from "../../message-bus";
import { MemoryMessageStore } from "../../store/memory-store";
import type { DestinationsConfig, MessageListener, Route } from "../../types";
import { redisHarness } from "./redis-harness";
import type { RedisStreamsOptions, RedisStreamsTransport } from "./redis-streams-transport";

export type ClusterMap = { work: Route; ordered: Route; fanout: Route; replies: Route };
export type ClusterNode = { bus: MessageBus<ClusterMap>; transport: RedisStreamsTransport; name: string };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The lease the cluster tests run with: takeovers wait it out. */
export const LEASE_MS = 600;

export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * A crash: the instance's connections drop with its entries taken and unacknowledged,
 * and its retry timers stop (a dead process runs nothing more; a listener already
 * hanging stays hung).
 */
export async function crash(node: ClusterNode): Promise<void> {
  node.transport.abort();
  await node.bus.close();
}

/** Records which instance handled which message, once per completed delivery. */
export function counter(handled: Map<string, string[]>, node: string, name = "count"): MessageListener {
  return {
    name,
    receive: (message) => {
      handled.set(message.id, [...(handled.get(message.id) ?? []), node]);
    },
  };
}

/**
 * Two (or more) bus instances in one process, sharing one Redis prefix and one store,
 * as two servers share Redis and the database. Each has its own transport
 * (connections). Registers the test file's clean-up: instances closed after each
 * test, Redis keys deleted after all.
 */
export function clusterHarness(label: string) {
  const redis = redisHarness(label);
  afterAll(() => redis.cleanup());
  let clusterCount = 0;
  const nodes: ClusterNode[] = [];
  afterEach(async () => {
    await Promise.all(nodes.splice(0).map((node) => node.bus.close()));
  });

  /** One cluster: a prefix and a store; `start` adds an instance with the listeners `listen` gives it. */
  return function cluster(options: Partial<RedisStreamsOptions> = {}) {
    const prefix = `c${++clusterCount}`;
    const store = new MemoryMessageStore();
    return {
      store,
      async start(
        name: string,
        listen: (node: string) => Partial<DestinationsConfig<ClusterMap>>,
        start = true,
      ): Promise<ClusterNode> {
        const transport = redis.transport({ partitions: 4, ...options, prefix: redis.prefix(prefix) });
        const bus = new MessageBus<ClusterMap>({
          destinations: {
            work: { type: "serial", listeners: [] },
            ordered: { type: "serial", listeners: [] },
            fanout: { type: "parallel", listeners: [] },
            replies: { type: "serial", listeners: [] },
            ...listen(name),
          },
          store,
          transport,
          onInternalError: () => undefined,
        });
        const node = { bus, transport, name };
        nodes.push(node);
        if (start) await bus.recover();
        return node;
      },
      finished: async () => (await store.unfinished()).length === 0,
    };
  };
}
