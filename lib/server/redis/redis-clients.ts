import "server-only";
import { createClient } from "redis";
import { env } from "../env";
import { log } from "../log";
import { clearProcessValue, processOnce, processValue } from "../start/process-slot";

/** RESP2: the replies the Socket.IO adapter and rate-limiter-flexible were written against. */
function createRedisClient(url: string, options: { failFast: boolean }) {
  return createClient({ url, RESP: 2, disableOfflineQueue: options.failFast });
}

export type RedisClient = ReturnType<typeof createRedisClient>;

/**
 * The process's two connections to REDIS_URL (none without it):
 * - `commands`: the limiters' store and the readiness ping. It refuses commands while
 *   disconnected instead of queueing them, so a sign-in does not hang on a Redis outage
 *   (the limiters fall back to memory for it; readiness says Redis is unreachable).
 * - `adapter`: Socket.IO's adapter (it duplicates it for its blocking XREAD and its
 *   subscriptions). It keeps node-redis' offline queue: the adapter's read loop retries
 *   at once on an error, so failing fast there would spin; queued, it waits for the
 *   reconnection, and node-redis subscribes again after it.
 */
export type RedisClients = { commands: RedisClient; adapter: RedisClient };

/** Every key tourbus writes outside the bus transport starts with this, as the bus's do with REDIS_PREFIX (another cluster or app may share the Redis). */
export const REDIS_KEY_PREFIX = `${env.REDIS_PREFIX}:`;

const SLOT = "redis";

/** Connects once per process (server.ts awaits it at start; Next's bundles reach it through the process slot). */
export function redisClients(): Promise<RedisClients> | undefined {
  const url = env.REDIS_URL;
  if (!url) return undefined;
  return processOnce(SLOT, () => connectRedis(url));
}

/** Two connections to `url`, connected; tests call it with their own Redis. */
export async function connectRedis(url: string): Promise<RedisClients> {
  const commands = createRedisClient(url, { failFast: true });
  const adapter = createRedisClient(url, { failFast: false });
  reportErrors(commands, "commands");
  reportErrors(adapter, "socket.io adapter");
  // node-redis retries a first connection forever: a start must fail with the reason instead.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`REDIS_URL: no answer from ${redacted(url)} within ${CONNECT_TIMEOUT_MS / 1000} s`)),
      CONNECT_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([Promise.all([commands.connect(), adapter.connect()]), timeout]);
  } catch (error) {
    commands.destroy();
    adapter.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { commands, adapter };
}

const CONNECT_TIMEOUT_MS = 10_000;

/** The URL without its password, for messages. */
function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/** node-redis reconnects by itself; an error event is logged once per outage, not per retry. */
function reportErrors(client: RedisClient, role: string): void {
  let down = false;
  client.on("error", (err: unknown) => {
    if (down) return;
    down = true;
    log.error({ err, role }, "redis: connection lost; reconnecting");
  });
  client.on("ready", () => {
    if (down) log.info({ role }, "redis: connected again");
    down = false;
  });
}

/** Closes the connections at shutdown (after the Socket.IO server closed). */
export async function closeRedis(): Promise<void> {
  const clients = processValue<Promise<RedisClients>>(SLOT);
  if (!clients) return;
  clearProcessValue(SLOT);
  const { commands, adapter } = await clients;
  await Promise.allSettled([commands.close(), adapter.close()]);
}
