import "server-only";
import { defaultPage, type PortalPage } from "@/lib/shared/portal-page";
import { db } from "../db/client";

/**
 * Forgets a user's page: the role's portlets in registry order, every one normal, the
 * role's template, and each portlet's own title and settings.
 */
export async function resetLayout(userId: string, portletIds: readonly string[]): Promise<PortalPage> {
  await db.portalLayout.deleteMany({ where: { id: userId } });
  return defaultPage(portletIds);
}
