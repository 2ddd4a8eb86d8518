import "server-only";
import type { Role } from "@/lib/shared/roles";
import type { Permission } from "../access/permissions";

/** The Socket.IO room of everyone whose role has `permission`. */
export function roomOf(permission: Permission): string {
  return `can:${permission}`;
}

/** The Socket.IO room of one user's sockets: ended together when an admin changes the user. */
export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** The Socket.IO room of the sockets one session opened: ended together when that session signs out. */
export function sessionRoom(sessionId: string): string {
  return `session:${sessionId}`;
}

/** The room of pages showing the Message Bus portlet: "inspector:join" puts a bus:inspect socket in it. */
export const INSPECTOR_ROOM = "inspector";

/** The Socket.IO room of every socket whose user has `role`: moved together when the role's permissions change. */
export function roleRoom(role: Role): string {
  return `role:${role}`;
}
