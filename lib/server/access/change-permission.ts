import "server-only";
import type { Role } from "@/lib/shared/roles";
import { translatedError } from "../i18n/error-text";
import { db } from "../db/client";
import { orderedId } from "../db/ordered-id";
import { applyPermissionChange } from "../realtime/apply-permission-change";
import { canByDefault, type Permission } from "./permissions";
import { loadStoredGrants } from "./stored-grants";

/**
 * Cells of the matrix no admin may clear: the admins' own way to this page. Without
 * `users:manage` no admin could open /admin/permissions (or /admin/users) to undo it.
 */
export const LOCKED_GRANTS: readonly { role: Role; permission: Permission }[] = [{ role: "admin", permission: "users:manage" }];

export function isLocked(role: Role, permission: Permission): boolean {
  return LOCKED_GRANTS.some((locked) => locked.role === role && locked.permission === permission);
}

export type PermissionChangeInput = { actor: { id: string; name: string }; role: Role; permission: Permission; granted: boolean };

/**
 * Grants or removes a permission for a role, over the code's table, and records who
 * did it when. A change back to the table's own answer deletes the stored row, so the
 * code's table holds again. In force at once here (the checks' copy is reloaded, the
 * role's sockets change rooms); other instances' checks read it within a second (stored-grants.ts).
 */
export async function changePermission(change: PermissionChangeInput): Promise<void> {
  const { role, permission, granted, actor } = change;
  if (!granted && isLocked(role, permission)) {
    throw translatedError("conflict", "adminsKeepPermission", { values: { permission } });
  }
  await db.$transaction(async (tx) => {
    if (granted === canByDefault(role, permission)) {
      await tx.rolePermission.deleteMany({ where: { role, permission } });
    } else {
      await tx.rolePermission.upsert({
        where: { role_permission: { role, permission } },
        create: { role, permission, granted },
        update: { granted },
      });
    }
    await tx.permissionChange.create({
      data: { id: orderedId(), actorId: actor.id, actorName: actor.name, role, permission, granted },
    });
  });
  await loadStoredGrants();
  applyPermissionChange({ role, permission, granted });
}
