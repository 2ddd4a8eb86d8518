"use server";
import type { ActionResult } from "@/lib/shared/action-result";
import { progressInputSchema } from "@/lib/shared/progress";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
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
  const parsed = progressInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid report." };
  try {
    await reportProgress(parsed.data);
    return { ok: true, value: null };
  } catch (error) {
    if (error instanceof UnknownTaskError) return { ok: false, message: "That request no longer exists." };
    log.error({ err: error }, "report progress failed");
    return { ok: false, message: "The report could not be sent. Please try again." };
  }
}
