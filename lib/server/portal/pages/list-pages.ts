import "server-only";
import type { Role } from "@/lib/shared/roles";
import { db } from "../../db/client";
import { orderedId } from "../../db/ordered-id";
import { isUniqueViolation } from "../page-layout";
import { startPagesOf } from "./start-pages";

export type UserPageRow = Awaited<ReturnType<typeof findPages>>[number];

function findPages(userId: string) {
  return db.userPage.findMany({ where: { userId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

/**
 * A user's pages in order. A user without pages (new, or from before pages) gets their
 * role's start pages, copied once: two first requests at the same moment (two tabs)
 * both try, the unique (user, slug) index lets one copy in, and the other reads it.
 */
export async function listPages(user: { id: string; role: Role }, portletIds: readonly string[]): Promise<UserPageRow[]> {
  const rows = await findPages(user.id);
  if (rows.length > 0) return rows;
  const start = await startPagesOf(user.role, portletIds);
  try {
    await db.$transaction(
      start.map((page, position) => db.userPage.create({ data: { ...page, id: orderedId(), userId: user.id, position } })),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return findPages(user.id);
}
