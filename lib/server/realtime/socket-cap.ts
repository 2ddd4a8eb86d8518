import "server-only";
import type { Socket } from "socket.io";
import { MAX_SOCKETS_PER_USER, TOO_MANY_SOCKETS } from "@/lib/shared/realtime-events";
import { log } from "../log";
import type { SocketData } from "./socket-auth";

/**
 * Socket.IO middleware, after the handshake's authentication: counts each user's
 * sockets from the moment they pass here (a slot is taken before the connection is
 * made, so handshakes at the same moment cannot all pass) until the connection
 * closes, whether or not it ever finished connecting.
 */
export function capSocketsPerUser(limit: number = MAX_SOCKETS_PER_USER) {
  const open = new Map<string, Set<string>>();
  return (socket: Socket, next: (error?: Error) => void): void => {
    const { user } = socket.data as SocketData;
    const mine = open.get(user.id) ?? new Set<string>();
    if (mine.size >= limit) {
      log.warn({ userId: user.id, limit }, "socket refused: too many connections for this user");
      return next(new Error(TOO_MANY_SOCKETS));
    }
    mine.add(socket.id);
    open.set(user.id, mine);
    const release = () => {
      mine.delete(socket.id);
      if (mine.size === 0 && open.get(user.id) === mine) open.delete(user.id);
    };
    // "disconnect" for a connected socket; the transport's "close" also covers one whose
    // client left between this check and the connection.
    socket.once("disconnect", release);
    socket.conn.once("close", release);
    next();
  };
}
