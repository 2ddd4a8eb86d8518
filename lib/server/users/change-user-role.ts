import "server-only";
import type { Role } from "@/lib/shared/roles";
import { reloadUserPages } from "../realtime/end-user-sockets";
import { assertAnotherAdminRemains, findUserOrThrow, inAdminTransaction } from "./admin-guard";

/**
 * Gives a user another role. Their next request already acts with it (roles are read
 * per request); their open pages reconnect with the new role's live rooms.
 */
export async function changeUserRole(options: { userId: string; role: Role }): Promise<void> {
  const changed = await inAdminTransaction(async (tx) => {
    const user = await findUserOrThrow(tx, options.userId);
    if (user.role === options.role) return false;
    if (user.role === "admin" && !user.disabledAt) await assertAnotherAdminRemains(tx, { userId: user.id, change: "demoted" });
    await tx.user.update({ where: { id: user.id }, data: { role: options.role } });
    return true;
  });
  if (changed) reloadUserPages(options.userId);
}
