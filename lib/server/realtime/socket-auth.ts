import "server-only";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { Socket } from "socket.io";
import { UNAUTHENTICATED } from "@/lib/shared/realtime-events";
import type { SignedInUser } from "../auth/read-session";
import { isSameOrigin } from "../http/same-origin";
import { log } from "../log";

/** What the handshake learnt, kept on the socket. */
export type SocketData = { user: SignedInUser; expiresAt: Date; sessionId: string };

/**
 * Browsers send the session cookie with a websocket opened by any page of the same
 * site (another port, a sibling host): only the portal's own origin may connect, by
 * the same rule as the HTTP API's cookie-authenticated writes.
 */
export function allowOrigin(request: IncomingMessage): boolean {
  const fetchSite = request.headers["sec-fetch-site"];
  return isSameOrigin({
    origin: request.headers.origin,
    host: request.headers.host,
    fetchSite: typeof fetchSite === "string" ? fetchSite : undefined,
  });
}

/**
 * The session behind a socket's handshake headers. better-auth is loaded on the first
 * connection, not at start: the server serves pages and health checks sooner.
 */
async function sessionOf(headers: IncomingHttpHeaders) {
  const [{ fromNodeHeaders }, { readSession }] = await Promise.all([import("better-auth/node"), import("../auth/read-session")]);
  return readSession(fromNodeHeaders(headers));
}

/** Socket.IO middleware: only a signed-in session's cookie opens a connection. */
export async function authenticateHandshake(socket: Socket, next: (error?: Error) => void): Promise<void> {
  try {
    const session = await sessionOf(socket.handshake.headers);
    if (!session) {
      log.warn({ address: socket.handshake.address }, "socket refused: not signed in");
      return next(new Error(UNAUTHENTICATED));
    }
    socket.data = { user: session.user, expiresAt: session.expiresAt, sessionId: session.sessionId } satisfies SocketData;
    next();
  } catch (err) {
    log.error({ err }, "socket handshake failed");
    next(new Error("unavailable"));
  }
}

/**
 * Is the socket's session still what it was at the handshake — alive, same role (its
 * rooms depend on it)? A database hiccup is not an ended session: it keeps the socket.
 */
export async function sessionStillValid(socket: Socket): Promise<boolean> {
  const data = socket.data as SocketData;
  try {
    const session = await sessionOf(socket.handshake.headers);
    if (!session || session.user.role !== data.user.role) return false;
    data.expiresAt = session.expiresAt;
    return true;
  } catch (err) {
    log.error({ err, userId: data.user.id }, "socket session check failed; keeping the socket");
    return true;
  }
}
