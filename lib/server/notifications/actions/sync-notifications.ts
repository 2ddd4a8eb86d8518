"use server";
import "server-only";
import { z } from "zod";
import type { ActionResult } from "@/lib/shared/action-result";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { markSeen } from "@/lib/server/notifications/mark-seen";

/** Reply ids are UUIDv7 (or cuid, in older rows): short and plain. */
/** The page sends at most this many a call (use-unread-count.ts). */
const inputSchema = z.object({ seen: z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/)).max(500) });

/**
 * After replies arrive live: marks read the ones the user saw arrive (`seen`, empty
 * when the page was hidden) and answers how many stay unread.
 */
export async function syncNotificationsAction(input: unknown): Promise<ActionResult<{ unread: number }>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That request is not valid." };
  try {
    return { ok: true, value: { unread: await markSeen(allowed.user.id, parsed.data.seen) } };
  } catch (error) {
    log.error({ err: error }, "syncing notifications failed");
    return { ok: false, message: "The notifications could not be updated." };
  }
}
