import "server-only";
import { translatedError } from "../i18n/error-text";
import type { SignedInUser } from "../auth/read-session";
import { endUserSockets } from "../realtime/end-user-sockets";
import { assertAnotherAdminRemains, findUserOrThrow, inAdminTransaction } from "./admin-guard";

/**
 * Disables a user — their sessions are deleted in the same transaction, so their next
 * page, action or socket event is refused, their API tokens stop (api-tokens.ts reads
 * the flag), their open sockets are closed now, and sign-in refuses them — or enables
 * them again (tokens work again; sessions must be made anew by signing in).
 */
export async function setUserDisabled(actor: SignedInUser, options: { userId: string; disabled: boolean }): Promise<void> {
  if (options.disabled && options.userId === actor.id) {
    throw translatedError("conflict", "cannotDisableSelf");
  }
  await inAdminTransaction(async (tx) => {
    const user = await findUserOrThrow(tx, options.userId);
    if (options.disabled === (user.disabledAt !== null)) return;
    if (options.disabled && user.role === "admin") await assertAnotherAdminRemains(tx, { userId: user.id, change: "disabled" });
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: options.disabled ? new Date() : null } });
    if (options.disabled) await tx.session.deleteMany({ where: { userId: user.id } });
  });
  if (options.disabled) endUserSockets(options.userId);
}
