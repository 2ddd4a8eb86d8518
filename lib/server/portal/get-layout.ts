import "server-only";
import { defaultLayout, normalizeLayout, portalLayoutSchema, type PortalLayout } from "@/lib/shared/portal-layout";
import { db } from "../db/client";
import { log } from "../log";

/** Until there are users, everyone shares this one layout row. */
export const DEFAULT_LAYOUT_ID = "default";

/** The saved layout fitted to the portlets that exist now, or the default one. */
export async function getLayout(portletIds: readonly string[]): Promise<PortalLayout> {
  const row = await db.portalLayout.findUnique({ where: { id: DEFAULT_LAYOUT_ID } });
  if (!row) return defaultLayout(portletIds);
  const saved = portalLayoutSchema.safeParse(JSON.parse(row.portlets));
  if (!saved.success) {
    // Written by an older or broken build: showing the default beats showing nothing.
    log.warn({ issues: saved.error.issues }, "saved portal layout is invalid; using the default");
    return defaultLayout(portletIds);
  }
  return normalizeLayout(saved.data, portletIds);
}
