import "server-only";
import { defaultLayout, type PortalLayout } from "@/lib/shared/portal-layout";
import { db } from "../db/client";

/** Forgets a user's saved layout: the registry's order, every portlet normal. */
export async function resetLayout(userId: string, portletIds: readonly string[]): Promise<PortalLayout> {
  await db.portalLayout.deleteMany({ where: { id: userId } });
  return defaultLayout(portletIds);
}
