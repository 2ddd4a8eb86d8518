import "server-only";
import { AppError } from "../app-error";
import { db } from "../db/client";
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
    if (!row) throw new AppError("not_found", "That page is gone. Reload to see your pages.");
    const config = JSON.stringify({ ...parseObject(row.config), [portletId]: options.config });
    await tx.userPage.update({ where: { id: pageId }, data: { config } });
  });
}
