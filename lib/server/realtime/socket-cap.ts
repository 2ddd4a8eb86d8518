import "server-only";
import type { Server, Socket } from "socket.io";
import { MAX_SOCKETS_PER_USER, TOO_MANY_SOCKETS } from "@/lib/shared/realtime-events";
import { log } from "../log";
import { userRoom } from "./rooms";
import type { SocketData } from "./socket-auth";

/** How many sockets a user holds on the other instances (several instances only). */
export type CountElsewhere = (userId: string) => Promise<number>;

/**
 * Socket.IO middleware, after the handshake's authentication: counts each user's
 * sockets from the moment they pass here (a slot is taken before the connection is
 * made, so handshakes at the same moment cannot all pass) until the connection
 * closes, whether or not it ever finished connecting. With `elsewhere`, the user's
 * sockets on the other instances count too.
 */
export function capSocketsPerUser(limit: number = MAX_SOCKETS_PER_USER, elsewhere?: CountElsewhere) {
  const open = new Map<string, Set<string>>();
  return (socket: Socket, next: (error?: Error) => void): void => {
    const { user } = socket.data as SocketData;
    const mine = open.get(user.id) ?? new Set<string>();
    const refuse = () => {
      log.warn({ userId: user.id, limit }, "socket refused: too many connections for this user");
      next(new Error(TOO_MANY_SOCKETS));
    };
    if (mine.size >= limit) return refuse();
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
    if (!elsewhere) return next();
    elsewhere(user.id).then(
      (others) => {
        if (mine.size + others <= limit) return next();
        release();
        refuse();
      },
      (err: unknown) => {
        // A cap on resources, not a security boundary: an instance that does not answer
        // (Redis down, one just died) must not keep people off their pages.
        log.warn({ err, userId: user.id }, "socket cap: other instances did not answer; counting this one only");
        next();
      },
    );
  };
}

/**
 * The user's sockets on other instances, asked through the adapter (each instance
 * answers for its own, so a crashed instance's sockets stop counting once the adapter
 * sees it gone). A handshake at the same moment on another instance is not seen: the
 * cluster-wide cap may be passed by the handshakes racing it, never more.
 */
export function socketsElsewhere(io: Server): CountElsewhere {
  return async (userId) => {
    const sockets = await io.in(userRoom(userId)).fetchSockets();
    return sockets.filter((socket) => !io.sockets.sockets.has(socket.id)).length;
  };
}
