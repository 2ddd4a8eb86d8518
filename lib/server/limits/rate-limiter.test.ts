import { createClient } from "redis";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, describe, expect, it } from "vitest";
import type { RedisClient } from "../redis/redis-clients";
import { freePort, redisTestRun } from "../redis/redis-test-support";
import { limiterOn, storeOn } from "./rate-limiter";

const RULE = { keyPrefix: "test-rule", points: 3, duration: 60 };

/** Consumes until refused; the number of points that were granted. */
async function granted(consume: () => Promise<unknown>, tries = 10): Promise<number> {
  for (let i = 0; i < tries; i++) {
    try {
      await consume();
    } catch (res) {
      if (res instanceof RateLimiterRes) return i;
      throw res;
    }
  }
  return tries;
}

describe("per-user limits", () => {
  const run = redisTestRun("rate-limiter");
  afterAll(() => run.cleanup());

  it("on Redis, two instances draw on one count", async () => {
    const [a, b] = [
      limiterOn(storeOn(await run.connect(), run.prefix), RULE),
      limiterOn(storeOn(await run.connect(), run.prefix), RULE),
    ];
    await a.consume("user-1");
    await b.consume("user-1");
    expect(await granted(() => a.consume("user-1"))).toBe(1);
    await expect(b.consume("user-1")).rejects.toBeInstanceOf(RateLimiterRes);
  });

  it("with Redis gone, still limits, in this process's memory", async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const lost = createClient({ url, RESP: 2, disableOfflineQueue: true, socket: { reconnectStrategy: false } });
    lost.on("error", () => undefined);
    lost.connect().catch(() => undefined);
    const limiter = limiterOn({ client: lost as unknown as RedisClient, prefix: run.prefix }, RULE);
    expect(await granted(() => limiter.consume("user-2"))).toBe(RULE.points);
  });

  it("without a store, counts in memory", async () => {
    const limiter = limiterOn(undefined, RULE);
    expect(await granted(() => limiter.consume("user-3"))).toBe(RULE.points);
  });
});
