import "server-only";
import type { Server } from "socket.io";
import type { ClientToServerEvents, PortalEventMap, PortalEventType, ServerToClientEvents } from "@/lib/shared/realtime-events";
import { writes } from "../db/writes";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

const key = Symbol.for("tourbus.io");
type Holder = { [key]?: RealtimeServer };

/** Called once by server.ts; the Socket.IO server then reaches every bundle via globalThis. */
export function setRealtimeServer(io: RealtimeServer): void {
  (globalThis as Holder)[key] = io;
}

export function getRealtimeServer(): RealtimeServer | undefined {
  return (globalThis as Holder)[key];
}

/**
 * Logs a portal event with the next sequence number, then pushes it to every open
 * page. The log is what a page that was offline catches up from, so it is written
 * first. Without a Socket.IO server (unit tests) the event is only logged.
 */
export async function publish<T extends PortalEventType>(type: T, data: PortalEventMap[T]): Promise<number> {
  const { seq } = await writes.run((tx) =>
    tx.portalEvent.create({ data: { type, data: JSON.stringify(data) }, select: { seq: true } }),
  );
  const io = getRealtimeServer();
  // The mapped event type cannot be narrowed through the generic: the map guarantees the pairing.
  (io?.emit as ((event: T, data: PortalEventMap[T], seq: number) => boolean) | undefined)?.call(io, type, data, seq);
  return seq;
}
