import "server-only";
import { normalizePage, type PortalPage } from "@/lib/shared/portal-page";
import { db } from "../db/client";
import { translatedError } from "../i18n/error-text";

/**
 * Saves one of a user's pages as validated (placement, removed portlets, template),
 * fitted to the portlets they may see; its portlets' configuration is left as it is.
 * Returns what was saved.
 */
export async function saveLayout(options: {
  userId: string;
  pageId: string;
  page: PortalPage;
  portletIds: readonly string[];
}): Promise<PortalPage> {
  const fitted = normalizePage(options.page, options.portletIds);
  const data = { portlets: JSON.stringify(fitted.portlets), removed: JSON.stringify(fitted.removed), template: fitted.template };
  const { count } = await db.userPage.updateMany({ where: { id: options.pageId, userId: options.userId }, data });
  if (count === 0) throw translatedError("not_found", "pageGone");
  return fitted;
}
