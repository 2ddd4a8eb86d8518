import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "../db/client";
import { redisClients, REDIS_KEY_PREFIX, type RedisClient, type RedisClients } from "../redis/redis-clients";

export type RateLimiter = RateLimiterAbstract;
export type LimiterOptions = { keyPrefix: string; points: number; duration: number };
/** Where counters live across instances: a connected client and the prefix of every key. */
export type LimiterStore = { client: RedisClient; prefix: string };

/**
 * The one place that decides where per-user limits count: in Redis when REDIS_URL is
 * set (so they hold across instances), in this process's memory otherwise (undefined).
 */
export async function limiterStore(): Promise<LimiterStore | undefined> {
  const clients = await redisClients();
  return clients && storeOn(clients);
}

/** The limits' keys on `clients`, under `keyPrefix` (a test run's own). */
export function storeOn(clients: RedisClients, keyPrefix = REDIS_KEY_PREFIX): LimiterStore {
  return { client: clients.commands, prefix: `${keyPrefix}limit:` };
}

/**
 * A limiter on `store`, or in memory without one. On Redis, a command that fails (Redis
 * down: the client refuses commands while disconnected) is answered by an in-memory
 * limiter with the same rule, so an outage neither locks everyone out nor lifts the
 * limits: each instance then counts on its own until Redis is back.
 */
export function limiterOn(store: LimiterStore | undefined, options: LimiterOptions): RateLimiter {
  if (!store) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `${store.prefix}${options.keyPrefix}`,
    storeClient: store.client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/**
 * A limiter whose counts outlive a restart: on `store` (Redis) when set, else in the
 * database (rate-limiter-flexible's Prisma store, table RateLimiterFlexible), which
 * every instance on that database shares. For rare, important counts (sign-in); a hot
 * limit (Socket.IO events) stays on limiterOn. If the store fails, an in-memory
 * limiter with the same rule answers meanwhile, as on Redis.
 */
export function durableLimiterOn(store: LimiterStore | undefined, options: LimiterOptions): RateLimiter {
  if (store) return limiterOn(store, options);
  return new RateLimiterPrisma({ ...options, storeClient: db, insuranceLimiter: new RateLimiterMemory(options) });
}
