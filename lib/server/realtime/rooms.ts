import "server-only";
import type { Permission } from "../access/permissions";

/** The Socket.IO room of everyone whose role has `permission`. */
export function roomOf(permission: Permission): string {
  return `can:${permission}`;
}
