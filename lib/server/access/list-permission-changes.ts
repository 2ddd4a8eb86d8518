import "server-only";
import { db } from "../db/client";

export type PermissionChangeView = {
  id: string;
  at: Date;
  actorName: string;
  role: string;
  permission: string;
  granted: boolean;
};

/** The newest changes to the permission table, newest first. */
export async function listPermissionChanges(limit = 50): Promise<PermissionChangeView[]> {
  return db.permissionChange.findMany({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, at: true, actorName: true, role: true, permission: true, granted: true },
  });
}
