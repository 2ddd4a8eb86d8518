import "server-only";
import { defaultLayout, type PortalLayout } from "@/lib/shared/portal-layout";
import { db } from "../db/client";
import { DEFAULT_LAYOUT_ID } from "./get-layout";

/** Forgets the saved layout: the registry's order, every portlet normal. */
export async function resetLayout(portletIds: readonly string[]): Promise<PortalLayout> {
  await db.portalLayout.deleteMany({ where: { id: DEFAULT_LAYOUT_ID } });
  return defaultLayout(portletIds);
}
