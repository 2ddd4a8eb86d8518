import "server-only";
import { ROLES, type Role } from "@/lib/shared/roles";
import { allPermissions, can, PERMISSION_DESTINATIONS, type Permission } from "../access/permissions";

export type PermissionMatrixRow = {
  permission: Permission;
  /** Per role, in ROLES order: does it hold the permission? */
  granted: { role: Role; has: boolean }[];
  /** Titles of the portlets the permission shows. */
  portlets: string[];
  /** The destination it lets a user send to, if any. */
  destination: string | null;
};

/**
 * The permissions table as the read-only matrix on /admin/permissions shows it:
 * derived, never a second table. `portlets` are the registry's: each declares the permission that shows it.
 */
export function permissionMatrix(
  portlets: readonly { title: string; permission: Permission }[],
): PermissionMatrixRow[] {
  return allPermissions().map((permission) => ({
    permission,
    granted: ROLES.map((role) => ({ role, has: can(role, permission) })),
    portlets: portlets.filter((portlet) => portlet.permission === permission).map((portlet) => portlet.title),
    destination: PERMISSION_DESTINATIONS[permission] ?? null,
  }));
}
