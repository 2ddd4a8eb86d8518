"use server";
import "server-only";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/shared/action-result";
import { roleStartPagesSchema } from "@/lib/shared/portal-pages";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { clearRoleStartPages, setRoleStartPages } from "@/lib/server/portal/pages/role-start-pages";

const inputSchema = roleStartPagesSchema.extend({ op: z.enum(["copy", "clear"]) });

/** "Start pages": the admin's own pages become what a role's new users start with, or the role goes back to the default. */
export async function setRoleStartPagesAction(input: unknown): Promise<ActionResult<number>> {
  const allowed = await authorizeAction("users:manage");
  if (!allowed.ok) return allowed;
  const t = await getTranslations();
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("validation.portalRoleRequired") };
  const { role, op } = parsed.data;
  try {
    const pages =
      op === "copy" ? await setRoleStartPages({ role, fromUserId: allowed.user.id }) : (await clearRoleStartPages(role), 0);
    log.info({ by: allowed.user.id, role, op, pages }, "role start pages changed");
    revalidatePath("/admin/pages");
    return { ok: true, value: pages };
  } catch (error) {
    log.error({ err: error }, "setting start pages failed");
    return { ok: false, message: t("portal.actions.startPagesNotSaved") };
  }
}
