"use server";
import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { portletIdsFor } from "@/lib/features/portlet-registry";
import type { ActionResult } from "@/lib/shared/action-result";
import type { PageView } from "@/lib/shared/page-view";
import { addPageSchema, movePageSchema, removePageSchema, renamePageSchema } from "@/lib/shared/portal-pages";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { validationText } from "@/lib/server/i18n/validation-text";
import { log } from "@/lib/server/log";
import { addPage } from "@/lib/server/portal/pages/add-page";
import { movePage } from "@/lib/server/portal/pages/move-page";
import { removePage } from "@/lib/server/portal/pages/remove-page";
import { renamePage } from "@/lib/server/portal/pages/rename-page";
import { errorText } from "@/lib/server/i18n/error-text";

const inputSchema = z.discriminatedUnion("op", [
  addPageSchema.extend({ op: z.literal("add") }),
  renamePageSchema.extend({ op: z.literal("rename") }),
  movePageSchema.extend({ op: z.literal("move") }),
  removePageSchema.extend({ op: z.literal("remove") }),
]);

/** "Pages": add, rename, move or remove one of the user's own pages. Answers the added page (else null). */
export async function editPagesAction(input: unknown): Promise<ActionResult<PageView | null> & { field?: string }> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  const t = await getTranslations("portal.actions");
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const name = parsed.error.issues.find((issue) => issue.path[0] === "name");
    if (!name) return { ok: false, message: t("changeInvalid") };
    return { ok: false, message: (await validationText())(name.message), field: "name" };
  }
  const { user } = allowed;
  const edit = parsed.data;
  try {
    if (edit.op === "add")
      return { ok: true, value: await addPage({ userId: user.id, name: edit.name, portletIds: portletIdsFor(user.role) }) };
    if (edit.op === "rename") await renamePage({ userId: user.id, pageId: edit.pageId, name: edit.name });
    if (edit.op === "move") await movePage({ userId: user.id, pageId: edit.pageId, direction: edit.direction });
    if (edit.op === "remove") await removePage({ userId: user.id, pageId: edit.pageId });
    return { ok: true, value: null };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error), field: error.fields?.name ? "name" : undefined };
    log.error({ err: error, op: edit.op }, "page edit failed");
    return { ok: false, message: t("changeNotSaved") };
  }
}
