import "server-only";
import { MessageBus } from "@/lib/messaging/message-bus";
import { RedisStreamsTransport } from "@/lib/messaging/transport/redis/redis-streams-transport";
import { db } from "../db/client";
import { orderedId } from "../db/ordered-id";
import { writes } from "../db/writes";
import { env, type Env } from "../env";
import { log } from "../log";
import { processOnce } from "../start/process-slot";
import { pluggedBus, type BusWiring, type TourbusDestinations } from "./bus-plug";
import { logBusEvents } from "./log-bus-events";
import { SqlMessageStore } from "./sql-message-store";

export type { BusPlug, BusWiring, PluggedDestinations, TourbusDestinations } from "./bus-plug";
export type TourbusBus = MessageBus<TourbusDestinations>;

/**
 * The process's one bus, built from the plugged wiring the first time it is asked for
 * (server.ts asks at start); Next's bundles reach the same one through the process slot.
 */
export function getBus(): TourbusBus {
  return processOnce("bus", () => createBus(env));
}

/**
 * The bus on the store, with REDIS_URL on Redis Streams under REDIS_PREFIX (work shared
 * by every instance with the same prefix), else in-process. Exported for its test.
 */
export function createBus(settings: Pick<Env, "REDIS_URL" | "REDIS_PREFIX">, wiring: BusWiring = pluggedBus()(env)): TourbusBus {
  return new MessageBus<TourbusDestinations>({
    destinations: wiring.destinations,
    store: new SqlMessageStore(db, writes),
    // Time-ordered message ids: the log's indexes grow at their right edge (ordered-id.ts).
    newId: orderedId,
    observers: [logBusEvents, ...(wiring.observers ?? [])],
    onInternalError: (err, context) => log.error({ err }, `bus: ${context}`),
    ...(settings.REDIS_URL
      ? { transport: new RedisStreamsTransport({ url: settings.REDIS_URL, prefix: settings.REDIS_PREFIX }) }
      : {}),
  });
}
