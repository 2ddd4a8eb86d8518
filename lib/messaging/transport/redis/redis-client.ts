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

/** The consumer group every instance reads through (one per stream). */
export const GROUP = "tourbus";

/** Creates a stream's consumer group (and the stream) unless it is there already. */
export async function ensureGroup(client: RedisClient, stream: string): Promise<void> {
  try {
    // From "0": entries added before anyone read this stream are read too.
    await command(client, "XGROUP", "CREATE", stream, GROUP, "0", "MKSTREAM");
  } catch (error) {
    if (!isRedisError(error, "BUSYGROUP")) throw error;
  }
}
