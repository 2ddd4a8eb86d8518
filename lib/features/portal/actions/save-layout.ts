"use server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { portletIdsFor } from "@/lib/features/portlet-registry";
import type { ActionResult } from "@/lib/shared/action-result";
import { portalPageSchema, type PortalPage } from "@/lib/shared/portal-page";
import { pageIdSchema } from "@/lib/shared/portal-pages";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { errorText } from "@/lib/server/i18n/error-text";
import { saveLayout } from "@/lib/server/portal/save-layout";

const inputSchema = z.object({ pageId: pageIdSchema, page: portalPageSchema });

/** Saves one of the user's pages: order, window states, removed portlets, template (after any change to them). */
export async function saveLayoutAction(input: unknown): Promise<ActionResult<PortalPage>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const t = await getTranslations("portal");
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("actions.layoutInvalid") };
  const { user } = allowed;
  try {
    return { ok: true, value: await saveLayout({ userId: user.id, ...parsed.data, portletIds: portletIdsFor(user.role) }) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error) };
    log.error({ err: error }, "save layout failed");
    return { ok: false, message: t("layout.notSaved") };
  }
}
