"use server";
import { getTranslations } from "next-intl/server";
import { getBus } from "@/lib/server/bus/get-bus";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { replaySchema } from "@/lib/features/message-bus/schema";

export type ReplayResult = { ok: true } | { ok: false; message: string };

/** The Message Bus portlet's "Replay": hand a dead delivery to its listener again. */
export async function replayDeadLetterAction(input: { messageId: string; listener: string }): Promise<ReplayResult> {
  const allowed = await authorizeAction("bus:replay");
  if (!allowed.ok) return allowed;
  const t = await getTranslations("messageBus.actions");
  const parsed = replaySchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("notDeadLetter") };
  try {
    await getBus().replay(parsed.data.messageId, parsed.data.listener);
    return { ok: true };
  } catch (error) {
    if (error instanceof Error && error.name === "NotDeadLetterError") return { ok: false, message: error.message };
    log.error({ err: error }, "replay failed");
    return { ok: false, message: t("replayFailed") };
  }
}
