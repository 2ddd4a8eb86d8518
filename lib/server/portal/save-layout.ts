import "server-only";
import { normalizeLayout, type PortalLayout } from "@/lib/shared/portal-layout";
import { db } from "../db/client";
import { DEFAULT_LAYOUT_ID } from "./get-layout";

/** Saves a validated layout, fitted to the known portlets; returns what was saved. */
export async function saveLayout(layout: PortalLayout, portletIds: readonly string[]): Promise<PortalLayout> {
  const fitted = normalizeLayout(layout, portletIds);
  const portlets = JSON.stringify(fitted);
  await db.portalLayout.upsert({
    where: { id: DEFAULT_LAYOUT_ID },
    create: { id: DEFAULT_LAYOUT_ID, portlets },
    update: { portlets },
  });
  return fitted;
}
