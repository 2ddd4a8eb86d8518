"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/shared/action-result";
import { changeRoleSchema } from "@/lib/shared/user-admin";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { errorText } from "@/lib/server/i18n/error-text";
import { log } from "@/lib/server/log";
import { changeUserRole } from "@/lib/server/users/change-user-role";

/** "Change role" on /admin/users; the last admin keeps theirs. */
export async function changeUserRoleAction(userId: string, role: string): Promise<ActionResult<null>> {
  const allowed = await authorizeAction("users:manage");
  if (!allowed.ok) return allowed;
  const parsed = changeRoleSchema.safeParse({ userId, role });
  if (!parsed.success) return { ok: false, message: (await getTranslations("admin.actions"))("chooseRole") };
  try {
    await changeUserRole(parsed.data);
    log.info({ by: allowed.user.id, userId: parsed.data.userId, role: parsed.data.role }, "user role changed");
    revalidatePath("/admin/users");
    return { ok: true, value: null };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error) };
    log.error({ err: error }, "change role failed");
    return { ok: false, message: (await getTranslations("admin.actions"))("roleFailed") };
  }
}
