import "server-only";
import { MessageBus } from "@/lib/messaging/message-bus";
import { RedisStreamsTransport } from "@/lib/messaging/transport/redis/redis-streams-transport";
import { db } from "../db/client";
import { orderedId } from "../db/ordered-id";
import { writes } from "../db/writes";
import { env, type Env } from "../env";
import { log } from "../log";
import { destinations } from "@/lib/features/wiring";
import { inspectorFeed } from "@/lib/features/message-bus/server/inspector-feed";
import { logBusEvents } from "./log-bus-events";
import type { TourbusDestinations } from "@/lib/features/messages";
import { SqlMessageStore } from "./sql-message-store";

export type TourbusBus = MessageBus<TourbusDestinations>;

const key = Symbol.for("tourbus.bus");
type Holder = { [key]?: TourbusBus };

/**
 * The process's one bus. It lives on globalThis because Next bundles server actions
 * in their own module graph: a module-level instance would be a second, listener-less
 * bus there. Whoever calls first (server.ts, at start) creates it.
 */
export function getBus(): TourbusBus {
  return ((globalThis as Holder)[key] ??= createBus(env));
}

/**
 * The bus on the store, with REDIS_URL on Redis Streams under REDIS_PREFIX (work shared
 * by every instance with the same prefix), else in-process. Exported for its test.
 */
export function createBus(settings: Pick<Env, "REDIS_URL" | "REDIS_PREFIX">): TourbusBus {
  return new MessageBus<TourbusDestinations>({
    destinations,
    store: new SqlMessageStore(db, writes),
    // Time-ordered message ids: the log's indexes grow at their right edge (ordered-id.ts).
    newId: orderedId,
    observers: [logBusEvents, inspectorFeed],
    onInternalError: (err, context) => log.error({ err }, `bus: ${context}`),
    ...(settings.REDIS_URL ? { transport: new RedisStreamsTransport({ url: settings.REDIS_URL, prefix: settings.REDIS_PREFIX }) } : {}),
  });
}
