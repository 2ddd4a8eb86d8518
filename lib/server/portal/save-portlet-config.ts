import "server-only";
import { db } from "../db/client";
import { translatedError } from "../i18n/error-text";
import { parseObject } from "./page-layout";

/**
 * Saves one portlet's validated configuration on one of a user's pages, keeping the
 * others'. Read and written in one transaction, so two dialogs saved at once both stay.
 */
export async function savePortletConfig(options: {
  userId: string;
  pageId: string;
  portletId: string;
  config: Record<string, unknown>;
}): Promise<void> {
  const { userId, pageId, portletId } = options;
  await db.$transaction(async (tx) => {
    const row = await tx.userPage.findFirst({ where: { id: pageId, userId }, select: { config: true } });
    if (!row) throw translatedError("not_found", "pageGone");
    const config = JSON.stringify({ ...parseObject(row.config), [portletId]: options.config });
    await tx.userPage.update({ where: { id: pageId }, data: { config } });
  });
}
