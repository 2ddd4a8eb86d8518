import "server-only";
import { db } from "../../db/client";
import { translatedError } from "../../i18n/error-text";

/**
 * Removes one of the user's pages with its portlets' layout and configuration. The last
 * page stays: a portal without pages would have nothing to show at "/". Counted and
 * deleted in one transaction, so two tabs removing the last two pages leave one.
 */
export async function removePage(options: { userId: string; pageId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const pages = await tx.userPage.count({ where: { userId: options.userId } });
    if (pages <= 1) throw translatedError("conflict", "onlyPage");
    const { count } = await tx.userPage.deleteMany({ where: { id: options.pageId, userId: options.userId } });
    if (count === 0) throw translatedError("not_found", "pageGone");
  });
}
