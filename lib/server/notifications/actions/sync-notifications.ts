"use server";
import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/shared/action-result";
import type { ProblemNotice } from "@/lib/shared/notifications";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { describeProblems } from "@/lib/server/notifications/describe-problems";
import { markSeen } from "@/lib/server/notifications/mark-seen";

/** Reply ids are UUIDv7 (or cuid, in older rows): short and plain. */
const replyIds = z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/)).max(500);
/** The page sends at most 500 of each a call (use-unread-count.ts). */
const inputSchema = z.object({ seen: replyIds, problems: replyIds.default([]) });

/**
 * After replies arrive live: marks read the ones the user saw arrive or followed
 * (`seen`), describes the problems among them that are on the user's own tasks
 * (`problems`: the page toasts those) and answers how many stay unread.
 */
export async function syncNotificationsAction(
  input: unknown,
): Promise<ActionResult<{ unread: number; problems: ProblemNotice[] }>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: await syncText("invalid") };
  try {
    const problems = await describeProblems(allowed.user.id, parsed.data.problems);
    return { ok: true, value: { unread: await markSeen(allowed.user.id, parsed.data.seen), problems } };
  } catch (error) {
    log.error({ err: error }, "syncing notifications failed");
    return { ok: false, message: await syncText("failed") };
  }
}

/** Read only when refusing: the count is synced after every burst of replies, and mostly succeeds. */
async function syncText(key: "invalid" | "failed"): Promise<string> {
  return (await getTranslations("notifications.sync"))(key);
}
