import "server-only";
import { isLayoutTemplate, defaultTemplate } from "@/lib/shared/layout-template";
import { portalLayoutSchema } from "@/lib/shared/portal-layout";
import { defaultPage, normalizePage, portalPageSchema, type PortalPage } from "@/lib/shared/portal-page";
import { db } from "../db/client";
import { log } from "../log";

/** A user's page and each portlet's saved configuration (raw: each portlet reads its own). */
export type SavedPortal = { page: PortalPage; config: Record<string, unknown> };

/**
 * A user's saved page (the row's id is the user's id) fitted to the portlets they may
 * see now, or the role's default one. A part written by an older or broken build
 * falls back to its default: showing the default beats showing nothing.
 */
export async function getLayout(userId: string, portletIds: readonly string[]): Promise<SavedPortal> {
  const row = await db.portalLayout.findUnique({ where: { id: userId } });
  if (!row) return { page: defaultPage(portletIds), config: {} };
  const fallback = defaultPage(portletIds);
  const portlets = portalLayoutSchema.safeParse(parseJson(row.portlets));
  const removed = portalPageSchema.shape.removed.safeParse(parseJson(row.removed));
  if (!portlets.success || !removed.success) log.warn({ userId }, "saved portal page is invalid; using the default placement");
  const page: PortalPage = {
    portlets: portlets.success ? portlets.data : fallback.portlets,
    removed: portlets.success && removed.success ? removed.data : [],
    template: isLayoutTemplate(row.template) ? row.template : defaultTemplate(portletIds.length),
  };
  const config = parseJson(row.config);
  return {
    page: normalizePage(page, portletIds),
    config: typeof config === "object" && config !== null && !Array.isArray(config) ? (config as Record<string, unknown>) : {},
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
