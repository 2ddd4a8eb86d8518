import { createClient } from "redis";
import { afterAll, describe, expect, it } from "vitest";
import { redisHarness, TEST_REDIS_URL } from "@/lib/messaging/transport/redis/redis-harness";
import { createBus } from "./get-bus";

const redis = redisHarness("get-bus");
afterAll(() => redis.cleanup());

describe("createBus", () => {
  it("with REDIS_URL moves work on Redis Streams under REDIS_PREFIX: the instance joins the cluster there", async () => {
    const prefix = redis.prefix("bus");
    const bus = createBus({ REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix });
    const client = createClient({ url: TEST_REDIS_URL });
    await client.connect();
    try {
      await bus.recover();
      expect(await client.zRange(`${prefix}:members`, 0, -1)).toEqual([bus.instanceId]);
      // The cluster's depth is read from Redis: one row per stream-backed destination.
      const depth = await bus.clusterDepth();
      expect(depth?.map((d) => d.destination)).toContain("tour/manager/task");
    } finally {
      await bus.close();
      await client.close();
    }
  });

  it("without REDIS_URL dispatches in-process, with no cluster depth to read", async () => {
    const bus = createBus({ REDIS_URL: undefined, REDIS_PREFIX: "tourbus" });
    try {
      expect(await bus.clusterDepth()).toBeUndefined();
    } finally {
      await bus.close();
    }
  });
});
