"use server";
import { portletIdsFor } from "@/lib/features/portlet-registry";
import type { ActionResult } from "@/lib/shared/action-result";
import type { PortalPage } from "@/lib/shared/portal-page";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { resetLayout } from "@/lib/server/portal/reset-layout";

/** "Reset layout": back to the role's default page (placement, template, titles and settings). */
export async function resetLayoutAction(): Promise<ActionResult<PortalPage>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const { user } = allowed;
  try {
    return { ok: true, value: await resetLayout(user.id, portletIdsFor(user.role)) };
  } catch (error) {
    log.error({ err: error }, "reset layout failed");
    return { ok: false, message: "The layout could not be reset." };
  }
}
