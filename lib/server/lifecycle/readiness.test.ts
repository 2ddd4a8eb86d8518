import { createClient } from "redis";
import { afterAll, describe, expect, it } from "vitest";
import type { RedisClients } from "../redis/redis-clients";
import { freePort, redisTestRun } from "../redis/redis-test-support";
import { backfillAfterListening } from "./backfill";
import { readiness } from "./readiness";

describe("readiness", () => {
  const run = redisTestRun("readiness");
  afterAll(() => run.cleanup());

  it("is ready with the database writable and Redis answering", async () => {
    const answer = await readiness(run.connect());
    expect(answer).toEqual({
      ready: true,
      checks: {
        draining: false,
        backfilling: false,
        databaseWritable: true,
        storageFault: null,
        busCaughtUp: true,
        redisReachable: true,
      },
    });
  });

  it("without REDIS_URL does not ask for Redis", async () => {
    expect((await readiness(undefined)).checks.redisReachable).toBeNull();
  });

  it("says not ready, and why, when Redis does not answer", async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    // Connections that lost their Redis: as the server's, they refuse commands while down.
    const lost = () => {
      const client = createClient({ url, RESP: 2, disableOfflineQueue: true, socket: { reconnectStrategy: false } });
      client.on("error", () => undefined);
      client.connect().catch(() => undefined);
      return client;
    };
    const clients = { commands: lost(), adapter: lost() } as unknown as RedisClients;
    const answer = await readiness(Promise.resolve(clients));
    expect(answer.ready).toBe(false);
    expect(answer.checks).toMatchObject({ redisReachable: false, databaseWritable: true });
  });

  it("says not ready when REDIS_URL's first connection never came", async () => {
    const answer = await readiness(Promise.reject(new Error("REDIS_URL: no answer")));
    expect(answer).toMatchObject({ ready: false, checks: { redisReachable: false } });
  });

  it("says not ready while a start's backfill runs, and ready once it is done", async () => {
    let finish = (_changed: number) => {};
    const backfill = backfillAfterListening("test rows", () => new Promise<number>((resolve) => (finish = resolve)));
    expect(await readiness(undefined)).toMatchObject({ ready: false, checks: { backfilling: true } });
    finish(3);
    await backfill;
    expect(await readiness(undefined)).toMatchObject({ ready: true, checks: { backfilling: false } });
  });
});
