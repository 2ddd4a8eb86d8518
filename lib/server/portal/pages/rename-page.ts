import "server-only";
import { db } from "../../db/client";
import { translatedError } from "../../i18n/error-text";
import { refuseTakenName } from "./page-name-taken";

/** Renames one of the user's pages; its address stays (links and bookmarks to it keep working). */
export async function renamePage(options: { userId: string; pageId: string; name: string }): Promise<void> {
  const others = await db.userPage.findMany({
    where: { userId: options.userId, id: { not: options.pageId } },
    select: { name: true },
  });
  refuseTakenName(options.name, others);
  const { count } = await db.userPage.updateMany({
    where: { id: options.pageId, userId: options.userId },
    data: { name: options.name },
  });
  if (count === 0) throw translatedError("not_found", "pageGone");
}
