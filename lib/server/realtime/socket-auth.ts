import "server-only";
import { fromNodeHeaders } from "better-auth/node";
import type { Socket } from "socket.io";
import { UNAUTHENTICATED } from "@/lib/shared/realtime-events";
import { readSession, type SignedInUser } from "../auth/read-session";
import { log } from "../log";

/** What the handshake learnt, kept on the socket. */
export type SocketData = { user: SignedInUser; expiresAt: Date };


/** Socket.IO middleware: only a signed-in session's cookie opens a connection. */
export async function authenticateHandshake(socket: Socket, next: (error?: Error) => void): Promise<void> {
  try {
    const session = await readSession(fromNodeHeaders(socket.handshake.headers));
    if (!session) {
      log.warn({ address: socket.handshake.address }, "socket refused: not signed in");
      return next(new Error(UNAUTHENTICATED));
    }
    socket.data = { user: session.user, expiresAt: session.expiresAt } satisfies SocketData;
    next();
  } catch (err) {
    log.error({ err }, "socket handshake failed");
    next(new Error("unavailable"));
  }
}

/** Is the socket's session still alive (not expired, not signed out)? Renews the known expiry. */
export async function sessionStillValid(socket: Socket): Promise<boolean> {
  const session = await readSession(fromNodeHeaders(socket.handshake.headers)).catch(() => null);
  if (!session) return false;
  (socket.data as SocketData).expiresAt = session.expiresAt;
  return true;
}
