"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/shared/action-result";
import { setDisabledSchema } from "@/lib/shared/user-admin";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { errorText } from "@/lib/server/i18n/error-text";
import { log } from "@/lib/server/log";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";

/** "Disable" / "Enable" on /admin/users: a disabled user's sessions, tokens and sockets stop at once. */
export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<ActionResult<null>> {
  const allowed = await authorizeAction("users:manage");
  if (!allowed.ok) return allowed;
  const parsed = setDisabledSchema.safeParse({ userId, disabled });
  if (!parsed.success) return { ok: false, message: (await getTranslations("errors"))("noSuchUser") };
  try {
    await setUserDisabled(allowed.user, parsed.data);
    log.info({ by: allowed.user.id, userId: parsed.data.userId, disabled: parsed.data.disabled }, "user disabled or enabled");
    revalidatePath("/admin/users");
    return { ok: true, value: null };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error) };
    log.error({ err: error }, "disable or enable user failed");
    return { ok: false, message: (await getTranslations("admin.actions"))("disableFailed") };
  }
}
