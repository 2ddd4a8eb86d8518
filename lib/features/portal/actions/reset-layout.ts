"use server";
import { getTranslations } from "next-intl/server";
import { portletIdsFor } from "@/lib/features/portlet-registry";
import type { ActionResult } from "@/lib/shared/action-result";
import type { PortalPage } from "@/lib/shared/portal-page";
import { pageIdSchema } from "@/lib/shared/portal-pages";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { errorText } from "@/lib/server/i18n/error-text";
import { resetLayout } from "@/lib/server/portal/reset-layout";

/** "Reset layout": one page back to how the role starts it (placement, template, titles and settings). */
export async function resetLayoutAction(pageId: unknown): Promise<ActionResult<PortalPage>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const t = await getTranslations("portal.actions");
  const parsed = pageIdSchema.safeParse(pageId);
  if (!parsed.success) return { ok: false, message: t("pageInvalid") };
  const { user } = allowed;
  try {
    return { ok: true, value: await resetLayout({ user, pageId: parsed.data, portletIds: portletIdsFor(user.role) }) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error) };
    log.error({ err: error }, "reset layout failed");
    return { ok: false, message: t("layoutNotReset") };
  }
}
