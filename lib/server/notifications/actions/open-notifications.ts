"use server";
import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/shared/action-result";
import type { OpenedNotifications } from "@/lib/shared/notifications";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { openNotifications } from "@/lib/server/notifications/open-notifications";

/** The Notifications panel opened: the user's unread replies, now read. */
export async function openNotificationsAction(): Promise<ActionResult<OpenedNotifications>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  try {
    return { ok: true, value: await openNotifications(allowed.user.id) };
  } catch (error) {
    log.error({ err: error }, "opening notifications failed");
    return { ok: false, message: (await getTranslations("notifications.panel"))("loadFailed") };
  }
}
