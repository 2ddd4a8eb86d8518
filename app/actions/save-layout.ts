"use server";
import { portletIdsFor } from "@/lib/features/portlet-registry";
import type { ActionResult } from "@/lib/shared/action-result";
import { portalLayoutSchema, type PortalLayout } from "@/lib/shared/portal-layout";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { saveLayout } from "@/lib/server/portal/save-layout";

/** Saves the portlets' order and window states (after a move, minimize, maximize or restore). */
export async function saveLayoutAction(input: unknown): Promise<ActionResult<PortalLayout>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const parsed = portalLayoutSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That layout is not valid." };
  const { user } = allowed;
  try {
    return { ok: true, value: await saveLayout(user.id, parsed.data, portletIdsFor(user.role)) };
  } catch (error) {
    log.error({ err: error }, "save layout failed");
    return { ok: false, message: "The layout could not be saved." };
  }
}
