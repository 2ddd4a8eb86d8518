import "server-only";
import { normalizeLayout, type PortalLayout } from "@/lib/shared/portal-layout";
import { db } from "../db/client";

/** Saves a user's validated layout, fitted to the portlets they may see; returns what was saved. */
export async function saveLayout(userId: string, layout: PortalLayout, portletIds: readonly string[]): Promise<PortalLayout> {
  const fitted = normalizeLayout(layout, portletIds);
  const portlets = JSON.stringify(fitted);
  await db.portalLayout.upsert({
    where: { id: userId },
    create: { id: userId, portlets },
    update: { portlets },
  });
  return fitted;
}
