"use client";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/shared/realtime-events";

export type PortalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: PortalSocket | undefined;

/** One connection per page, shared by every portlet; made on first use in the browser. */
export function getSocket(): PortalSocket {
  socket ??= io({ transports: ["websocket", "polling"] });
  return socket;
}
