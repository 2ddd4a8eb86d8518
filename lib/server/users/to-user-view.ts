import "server-only";
import { isRole } from "@/lib/shared/roles";
import type { UserView } from "@/lib/shared/user-admin";

type UserRow = { id: string; name: string; email: string; role: string; disabledAt: Date | null; createdAt: Date };

/** A row as the admin page shows it (a role edited by hand to something unknown is `null`: no access). */
export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: isRole(row.role) ? row.role : null,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
