import "server-only";
import { AppError } from "../app-error";
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
      throw new AppError("conflict", "Another admin changed users at the same moment. Please try again.", { cause: error });
    }
    throw error;
  }
}

/** Refuses a change that would leave no enabled admin: the portal would have nobody to manage it. */
export async function assertAnotherAdminRemains(tx: Transaction, options: { userId: string; change: string }): Promise<void> {
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: options.userId } } });
  if (others === 0) {
    throw new AppError("conflict", `This is the last admin: they cannot be ${options.change}. Make another user an admin first.`);
  }
}

/** The user, read inside the transaction, or "not found". */
export async function findUserOrThrow(tx: Transaction, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, disabledAt: true },
  });
  if (!user) throw new AppError("not_found", "No such user.");
  return user;
}
