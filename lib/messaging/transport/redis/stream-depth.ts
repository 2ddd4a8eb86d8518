import type { DestinationDepth } from "../transport";
import { command, GROUP, isRedisError, type RedisClient } from "./redis-client";

/**
 * Per destination, summed over its partition streams: XLEN (entries accepted and not
 * finished: acknowledged entries are deleted) and XPENDING's count (taken by an instance).
 */
export async function streamDepth(
  redis: RedisClient,
  streams: ReadonlyMap<string, readonly string[]>,
): Promise<DestinationDepth[]> {
  return Promise.all(
    [...streams].map(async ([destination, partitions]) => {
      const counts = await Promise.all(
        partitions.map(async (stream) => {
          const [queued, pending] = await Promise.all([
            command<number>(redis, "XLEN", stream),
            // No group yet: nobody has read this partition, so nothing is taken.
            command<[number, ...unknown[]]>(redis, "XPENDING", stream, GROUP).catch((error: unknown) => {
              if (isRedisError(error, "NOGROUP")) return [0] as [number];
              throw error;
            }),
          ]);
          return { queued, taken: Number(pending[0]) };
        }),
      );
      return {
        destination,
        queued: counts.reduce((sum, c) => sum + c.queued, 0),
        taken: counts.reduce((sum, c) => sum + c.taken, 0),
      };
    }),
  );
}
