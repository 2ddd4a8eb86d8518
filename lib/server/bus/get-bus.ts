import "server-only";
import { MessageBus } from "@/lib/messaging/message-bus";
import { RedisStreamsTransport } from "@/lib/messaging/transport/redis/redis-streams-transport";
import type { BusObserver, DestinationsConfig } from "@/lib/messaging/types";
import { db } from "../db/client";
import { orderedId } from "../db/ordered-id";
import { writes } from "../db/writes";
import { env, type Env } from "../env";
import { log } from "../log";
import { processOnce, processValue, setProcessValue } from "../start/process-slot";
import { logBusEvents } from "./log-bus-events";
import { SqlMessageStore } from "./sql-message-store";

/**
 * The destinations the features plug in, each with its route (payload and reply):
 * lib/features/messages.ts declares them into this interface. An interface because
 * only an interface merges declarations; the platform never imports a feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface PluggedDestinations {}
/** The same as an object type, which the bus's `DestinationMap` constraint accepts. */
export type TourbusDestinations = { [D in keyof PluggedDestinations]: PluggedDestinations[D] };
export type TourbusBus = MessageBus<TourbusDestinations>;

/** What the features hand the platform for its bus: every destination with its listeners, and who watches. */
export type BusPlug = { destinations: DestinationsConfig<TourbusDestinations>; observers?: readonly BusObserver[] };

/** The features plug their wiring in before anything asks for the bus (start-up: lib/features/plug-features.ts). */
export function plugBus(plug: BusPlug): void {
  setProcessValue("bus.plug", plug);
}

/**
 * The process's one bus, built from the plugged wiring the first time it is asked for
 * (server.ts asks at start); Next's bundles reach the same one through the process slot.
 */
export function getBus(): TourbusBus {
  return processOnce("bus", () => createBus(env));
}

function pluggedBus(): BusPlug {
  const plug = processValue<BusPlug>("bus.plug");
  if (!plug) throw new Error("no bus wiring plugged in: start-up (lib/features/plug-features.ts) plugs it before the bus is asked for");
  return plug;
}

/**
 * The bus on the store, with REDIS_URL on Redis Streams under REDIS_PREFIX (work shared
 * by every instance with the same prefix), else in-process. Exported for its test.
 */
export function createBus(settings: Pick<Env, "REDIS_URL" | "REDIS_PREFIX">, plug: BusPlug = pluggedBus()): TourbusBus {
  return new MessageBus<TourbusDestinations>({
    destinations: plug.destinations,
    store: new SqlMessageStore(db, writes),
    // Time-ordered message ids: the log's indexes grow at their right edge (ordered-id.ts).
    newId: orderedId,
    observers: [logBusEvents, ...(plug.observers ?? [])],
    onInternalError: (err, context) => log.error({ err }, `bus: ${context}`),
    ...(settings.REDIS_URL ? { transport: new RedisStreamsTransport({ url: settings.REDIS_URL, prefix: settings.REDIS_PREFIX }) } : {}),
  });
}
