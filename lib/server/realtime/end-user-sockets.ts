import "server-only";
import { ACCESS_CHANGED, SESSION_ENDED } from "@/lib/shared/realtime-events";
import { getRealtimeServer } from "./publish";
import { sessionRoom, userRoom } from "./rooms";

/**
 * Ends every open page's live connection of one user, at once rather than at the
 * next minute's session check: the page is told (it says "Signed out" and offers to sign
 * in again, keeping what was typed) and the socket is closed. For when an admin disables
 * a user or resets their password.
 */
export function endUserSockets(userId: string): void {
  const io = getRealtimeServer();
  if (!io) return;
  io.to(userRoom(userId)).emit(SESSION_ENDED);
  io.in(userRoom(userId)).disconnectSockets(true);
}

/**
 * Ends the live connections one session opened, at once: signing out in one tab ends the
 * session's other tabs' feeds there and then, not at the next minute's session check (a
 * shared computer's other window kept receiving tasks for up to a minute).
 */
export function endSessionSockets(sessionId: string): void {
  const io = getRealtimeServer();
  if (!io) return;
  io.to(sessionRoom(sessionId)).emit(SESSION_ENDED);
  io.in(sessionRoom(sessionId)).disconnectSockets(true);
}

/**
 * A user whose session still works but whose role changed: each open page is told to
 * render afresh (the new role's portlets) and its socket is closed, so the page's next
 * socket joins the new role's rooms; nothing pushed for the old role reaches it meanwhile.
 */
export function reloadUserPages(userId: string): void {
  const io = getRealtimeServer();
  if (!io) return;
  io.to(userRoom(userId)).emit(ACCESS_CHANGED);
  io.in(userRoom(userId)).disconnectSockets(true);
}
