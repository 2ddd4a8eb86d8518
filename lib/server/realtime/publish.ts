import "server-only";
import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/shared/realtime-events";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

const key = Symbol.for("tourbus.io");
type Holder = { [key]?: RealtimeServer };

/** Called once by server.ts; the Socket.IO server then reaches every bundle via globalThis. */
export function setRealtimeServer(io: RealtimeServer): void {
  (globalThis as Holder)[key] = io;
}

/** Pushes an event to every open portal page. A no-op where no Socket.IO server runs (unit tests). */
export function publish<E extends keyof ServerToClientEvents>(
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
): void {
  (globalThis as Holder)[key]?.emit(event, ...args);
}
