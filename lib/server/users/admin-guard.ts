import "server-only";
import { translatedError } from "../i18n/error-text";
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";

type Transaction = Prisma.TransactionClient;

/**
 * Runs `change` in one serializable transaction, so that the last-admin check and
 * the write it allows cannot be split by another admin's change: two admins demoting
 * each other at once leave one admin (on SQLite the second transaction waits for the
 * first; on PostgreSQL it fails to serialize and is answered "try again").
 */
export async function inAdminTransaction<T>(change: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(change, { isolationLevel: Prisma.TransactionIsolationLevel.Serializable });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") {
      throw translatedError("conflict", "adminsChangedAtOnce", { cause: error });
    }
    throw error;
  }
}

/** Refuses a change that would leave no enabled admin: the portal would have nobody to manage it. */
export async function assertAnotherAdminRemains(
  tx: Transaction,
  options: { userId: string; change: "demoted" | "disabled" },
): Promise<void> {
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: options.userId } } });
  if (others === 0) {
    throw translatedError("conflict", options.change === "demoted" ? "lastAdminDemoted" : "lastAdminDisabled");
  }
}

/** The user, read inside the transaction, or "not found". */
export async function findUserOrThrow(tx: Transaction, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, disabledAt: true },
  });
  if (!user) throw translatedError("not_found", "noSuchUser");
  return user;
}
