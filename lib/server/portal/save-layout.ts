import "server-only";
import { normalizePage, type PortalPage } from "@/lib/shared/portal-page";
import { db } from "../db/client";

/**
 * Saves a user's validated page (placement, removed portlets, template), fitted to the
 * portlets they may see; the portlets' configuration is left as it is. Returns what was saved.
 */
export async function saveLayout(userId: string, page: PortalPage, portletIds: readonly string[]): Promise<PortalPage> {
  const fitted = normalizePage(page, portletIds);
  const data = { portlets: JSON.stringify(fitted.portlets), removed: JSON.stringify(fitted.removed), template: fitted.template };
  await db.portalLayout.upsert({ where: { id: userId }, create: { id: userId, ...data }, update: data });
  return fitted;
}
