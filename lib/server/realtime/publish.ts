import "server-only";
import type { Server } from "socket.io";
import type { ClientToServerEvents, PortalEventMap, PortalEventType, ServerToClientEvents } from "@/lib/shared/realtime-events";
import type { BatchKind, Statement } from "../db/batch-writer";
import { readersOf } from "../bus/permissions";
import { writes } from "../db/writes";
import { roomOf } from "./rooms";

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

type EventRow = { type: PortalEventType; data: string };

/** Events in a batch: one insert that answers their sequence numbers. */
const logEvents: BatchKind<EventRow, number> = {
  name: "log portal events",
  order: 3,
  plan(db, items) {
    const statement = db.portalEvent.createManyAndReturn({ data: items, select: { seq: true } });
    return {
      statements: [statement as unknown as Statement],
      // Inserted in item order, so ascending numbers match the items one by one.
      answer: ([rows]) => (rows as { seq: number }[]).map((row) => row.seq).sort((a, b) => a - b),
    };
  },
};

/**
 * Logs a portal event with the next sequence number, then pushes it to every open
 * page whose user may read it. The log is what a page that was offline catches up from, so it is written
 * first. Without a Socket.IO server (unit tests) the event is only logged.
 */
export async function publish<T extends PortalEventType>(type: T, data: PortalEventMap[T]): Promise<number> {
  const seq = await writes.write(logEvents, { type, data: JSON.stringify(data) });
  const io = getRealtimeServer();
  if (!io) return seq;
  // Only to the rooms whose permission may read this event (permissions.ts).
  const rooms = io.to(readersOf(type, data).map(roomOf));
  // The mapped event type cannot be narrowed through the generic: the map guarantees the pairing.
  (rooms.emit as (event: T, data: PortalEventMap[T], seq: number) => boolean).call(rooms, type, data, seq);
  return seq;
}
