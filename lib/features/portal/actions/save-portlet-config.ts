"use server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { portletsFor } from "@/lib/features/portlet-registry";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { validationText } from "@/lib/server/i18n/validation-text";
import { portletIdSchema } from "@/lib/shared/portal-layout";
import { pageIdSchema } from "@/lib/shared/portal-pages";
import { TITLE_ONLY_CONFIG, type PortletConfigValues } from "@/lib/shared/portlet-config";
import type { SavePortletConfigResult } from "@/lib/shared/portlet-config-result";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { errorText } from "@/lib/server/i18n/error-text";
import { savePortletConfig } from "@/lib/server/portal/save-portlet-config";

const inputSchema = z.object({ pageId: pageIdSchema, portletId: portletIdSchema, config: z.record(z.string(), z.unknown()) });

/** "Save" in a portlet's Configuration dialog: checked against that portlet's schema, saved for this user and page. */
export async function savePortletConfigAction(input: unknown): Promise<SavePortletConfigResult> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const t = await getTranslations("portal.actions");
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("configInvalid") };
  const { user } = allowed;
  const portlets = portletsFor(user.role);
  const portlet = portlets.find((candidate) => candidate.id === parsed.data.portletId);
  // The same answer for a portlet that does not exist and one the role may not see.
  if (!portlet) return { ok: false, message: t("portletUnavailable") };
  const config = (portlet.config ?? TITLE_ONLY_CONFIG).schema.safeParse(parsed.data.config);
  if (!config.success) {
    return {
      ok: false,
      message: t("checkFields"),
      fieldErrors: toFieldErrors(config.error, await validationText()) as Record<string, string>,
    };
  }
  try {
    await savePortletConfig({
      userId: user.id,
      pageId: parsed.data.pageId,
      portletId: portlet.id,
      config: config.data,
    });
    return { ok: true, config: config.data as PortletConfigValues };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error) };
    log.error({ err: error }, "save portlet configuration failed");
    return { ok: false, message: t("configNotSaved") };
  }
}
