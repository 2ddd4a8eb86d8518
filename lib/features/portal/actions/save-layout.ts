"use server";
import { portletIdsFor } from "@/lib/features/portlet-registry";
import type { ActionResult } from "@/lib/shared/action-result";
import { portalPageSchema, type PortalPage } from "@/lib/shared/portal-page";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { saveLayout } from "@/lib/server/portal/save-layout";

/** Saves the user's page: order, window states, removed portlets, template (after any change to them). */
export async function saveLayoutAction(input: unknown): Promise<ActionResult<PortalPage>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const parsed = portalPageSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That layout is not valid." };
  const { user } = allowed;
  try {
    return { ok: true, value: await saveLayout(user.id, parsed.data, portletIdsFor(user.role)) };
  } catch (error) {
    log.error({ err: error }, "save layout failed");
    return { ok: false, message: "The layout could not be saved." };
  }
}
