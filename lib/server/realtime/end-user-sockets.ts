import "server-only";
import { SESSION_ENDED } from "@/lib/shared/realtime-events";
import { getRealtimeServer } from "./publish";
import { userRoom } from "./rooms";

/**
 * Ends every open page's live connection of one user, at once rather than at the
 * next minute's session check: the page is told (it goes to sign-in, which sends a
 * user whose session still works back to the portal, with the rooms of their new
 * role) and the socket is closed. For when an admin disables, re-roles or resets a user.
 */
export function endUserSockets(userId: string): void {
  const io = getRealtimeServer();
  if (!io) return;
  io.to(userRoom(userId)).emit(SESSION_ENDED);
  io.in(userRoom(userId)).disconnectSockets(true);
}
