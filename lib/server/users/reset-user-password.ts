import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db } from "../db/client";
import { endUserSockets } from "../realtime/end-user-sockets";
import { findUserOrThrow } from "./admin-guard";
import { requireAcceptablePassword } from "./password-policy";

/**
 * Sets a user's password (the admin tells them the new one) and ends all their
 * sessions, so whoever knew the old one is out. API tokens are not passwords: they stay.
 */
export async function resetUserPassword(options: { userId: string; password: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { name: true, email: true } });
  // An unknown id falls through to findUserOrThrow's not_found.
  if (user) requireAcceptablePassword(options.password, user);
  const hash = await hashPassword(options.password);
  await db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, options.userId);
    const updated = await tx.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: hash },
    });
    // A user made without a password (by hand) gets their first one.
    if (updated.count === 0) {
      await tx.account.create({
        data: { id: randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash },
      });
    }
    await tx.session.deleteMany({ where: { userId: user.id } });
  });
  endUserSockets(options.userId);
}
