import "server-only";
import { ACCESS_CHANGED } from "@/lib/shared/realtime-events";
import type { Role } from "@/lib/shared/roles";
import type { Permission } from "../access/permissions";
import { getRealtimeServer } from "./publish";
import { INSPECTOR_ROOM, roleRoom, roomOf } from "./rooms";

/**
 * A role's permission changed: its open pages' sockets join or leave that permission's
 * room at once (on every instance, through the adapter), so the next push follows the
 * new rule; the inspector's room goes with `bus:inspect`, as attach-socket-server lets
 * only that permission in. The pages are told, and reload with what the role may see now.
 */
export function applyPermissionChange(change: { role: Role; permission: Permission; granted: boolean }): void {
  const io = getRealtimeServer();
  if (!io) return;
  const sockets = io.in(roleRoom(change.role));
  if (change.granted) {
    sockets.socketsJoin(roomOf(change.permission));
  } else {
    sockets.socketsLeave(roomOf(change.permission));
    if (change.permission === "bus:inspect") sockets.socketsLeave(INSPECTOR_ROOM);
  }
  io.to(roleRoom(change.role)).emit(ACCESS_CHANGED);
}
