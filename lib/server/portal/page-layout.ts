import "server-only";
import { defaultTemplate, isLayoutTemplate } from "@/lib/shared/layout-template";
import { portalLayoutSchema } from "@/lib/shared/portal-layout";
import { normalizePage, portalPageSchema, type PortalPage } from "@/lib/shared/portal-page";
import { log } from "../log";

/** A page's layout and each portlet's saved configuration (raw: each portlet reads its own). */
export type SavedPortal = { page: PortalPage; config: Record<string, unknown> };

/** The stored columns of a page (a user's, or a role's start page). */
export type PageColumns = { portlets: string; removed: string; template: string | null; config: string };

/**
 * A stored page fitted to the portlets the user may see now. A part written by an
 * older or broken build falls back to its default: showing the default beats showing nothing.
 */
export function pageLayout(row: PageColumns, portletIds: readonly string[]): SavedPortal {
  const portlets = portalLayoutSchema.safeParse(parseJson(row.portlets));
  const removed = portalPageSchema.shape.removed.safeParse(parseJson(row.removed));
  if (!portlets.success || !removed.success) log.warn("saved portal page is invalid; using the default placement");
  const page: PortalPage = {
    portlets: portlets.success ? portlets.data : [],
    removed: portlets.success && removed.success ? removed.data : [],
    template: isLayoutTemplate(row.template) ? row.template : defaultTemplate(portletIds.length),
  };
  return { page: normalizePage(page, portletIds), config: parseObject(row.config) };
}

export function parseObject(text: string | undefined): Record<string, unknown> {
  const value = parseJson(text ?? "{}");
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A unique index refused the row (Prisma's P2002), on either engine's client. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
