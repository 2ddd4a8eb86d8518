import "server-only";
import { defaultLayout, normalizeLayout, portalLayoutSchema, type PortalLayout } from "@/lib/shared/portal-layout";
import { db } from "../db/client";
import { log } from "../log";

/**
 * A user's saved layout (the row's id is the user's id) fitted to the portlets they
 * may see now, or the default one.
 */
export async function getLayout(userId: string, portletIds: readonly string[]): Promise<PortalLayout> {
  const row = await db.portalLayout.findUnique({ where: { id: userId } });
  if (!row) return defaultLayout(portletIds);
  const saved = portalLayoutSchema.safeParse(JSON.parse(row.portlets));
  if (!saved.success) {
    // Written by an older or broken build: showing the default beats showing nothing.
    log.warn({ issues: saved.error.issues }, "saved portal layout is invalid; using the default");
    return defaultLayout(portletIds);
  }
  return normalizeLayout(saved.data, portletIds);
}
