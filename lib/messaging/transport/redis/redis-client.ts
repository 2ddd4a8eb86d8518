import { createClient } from "redis";

export type RedisClient = ReturnType<typeof createClient>;

/** Raw commands: stream replies are read as Redis sends them (RESP2 arrays), no reshaping. */
export function command<T>(client: RedisClient, ...args: string[]): Promise<T> {
  return client.sendCommand<T>(args);
}

/** True for Redis' "NOGROUP"/"BUSYGROUP" errors, matched by their reply prefix. */
export function isRedisError(error: unknown, prefix: string): boolean {
  return error instanceof Error && error.message.startsWith(prefix);
}
