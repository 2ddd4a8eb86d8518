"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/shared/action-result";
import { ROLES } from "@/lib/shared/roles";
import { allPermissions, type Permission } from "@/lib/server/access/permissions";
import { changePermission } from "@/lib/server/access/change-permission";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { errorText } from "@/lib/server/i18n/error-text";
import { log } from "@/lib/server/log";

const inputSchema = z.object({
  role: z.enum(ROLES),
  // Every permission, the features' too: read when the action runs, after start-up plugged them in.
  permission: z.custom<Permission>(
    (value) => typeof value === "string" && (allPermissions() as string[]).includes(value),
    "Unknown permission.",
  ),
  granted: z.boolean(),
});

/** A cell of the matrix on /admin/permissions: grants or removes a permission for a role, recorded, in force at once. */
export async function changePermissionAction(input: unknown): Promise<ActionResult<null>> {
  const allowed = await authorizeAction("users:manage");
  if (!allowed.ok) return allowed;
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: (await getTranslations("admin.actions"))("choosePermission") };
  const { user } = allowed;
  try {
    await changePermission({ actor: user, ...parsed.data });
    log.info({ by: user.id, ...parsed.data }, "permission changed");
    revalidatePath("/admin/permissions");
    return { ok: true, value: null };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error) };
    log.error({ err: error }, "permission change failed");
    return { ok: false, message: (await getTranslations("admin.actions"))("permissionFailed") };
  }
}
