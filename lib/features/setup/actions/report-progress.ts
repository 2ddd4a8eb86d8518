"use server";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/shared/action-result";
import { progressInputSchema } from "@/lib/shared/progress";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { validationText } from "@/lib/server/i18n/validation-text";
import { log } from "@/lib/server/log";
import { reportProgress } from "@/lib/features/setup/server/report-progress";
import { UnknownTaskError } from "@/lib/features/tasks/server/store-reply";

/** A roadie marks a setup request In progress, Done or Blocked; the report travels over the bus. */
export async function reportProgressAction(input: {
  requestId: string;
  state: string;
  reason?: string;
}): Promise<ActionResult<null>> {
  const allowed = await authorizeAction("setup:report");
  if (!allowed.ok) return allowed;
  const t = await getTranslations("setup.actions");
  const parsed = progressInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: issue ? (await validationText())(issue.message) : t("invalidReport") };
  }
  try {
    await reportProgress(parsed.data);
    return { ok: true, value: null };
  } catch (error) {
    if (error instanceof UnknownTaskError) return { ok: false, message: t("requestGone") };
    log.error({ err: error }, "report progress failed");
    return { ok: false, message: t("reportFailed") };
  }
}
