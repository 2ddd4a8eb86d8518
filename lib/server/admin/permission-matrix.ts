import "server-only";
import { ROLES, type Role } from "@/lib/shared/roles";
import { isLocked } from "../access/change-permission";
import { allPermissions, can, canByDefault, PERMISSION_DESTINATIONS, type Permission } from "../access/permissions";

export type PermissionMatrixRow = {
  permission: Permission;
  /**
   * Per role, in ROLES order: does it hold the permission now; did an admin change the
   * table's answer; may an admin not clear it (change-permission.ts LOCKED_GRANTS)?
   */
  granted: { role: Role; has: boolean; changed: boolean; locked: boolean }[];
  /** Titles of the portlets the permission shows. */
  portlets: string[];
  /** The destination it lets a user send to, if any. */
  destination: string | null;
};

/**
 * The permissions table as the matrix on /admin/permissions shows and edits it: the
 * code's table with the admins' stored changes over it, never a second table. `portlets` are the registry's: each declares the permission that shows it.
 */
export function permissionMatrix(portlets: readonly { title: string; permission: Permission }[]): PermissionMatrixRow[] {
  return allPermissions().map((permission) => ({
    permission,
    granted: ROLES.map((role) => {
      const has = can(role, permission);
      return { role, has, changed: has !== canByDefault(role, permission), locked: isLocked(role, permission) };
    }),
    portlets: portlets.filter((portlet) => portlet.permission === permission).map((portlet) => portlet.title),
    destination: PERMISSION_DESTINATIONS[permission] ?? null,
  }));
}
