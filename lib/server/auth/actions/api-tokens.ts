"use server";
import "server-only";
import { asForm, formText } from "@/lib/shared/form-text";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { apiTokenInputSchema, type CreateTokenState } from "@/lib/shared/api-token";
import type { ActionResult } from "@/lib/shared/action-result";
import { createApiToken, revokeApiToken } from "@/lib/server/auth/api-tokens";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { isAppError } from "@/lib/server/app-error";
import { errorText } from "@/lib/server/i18n/error-text";
import { validationText } from "@/lib/server/i18n/validation-text";

/** "Create token" on the API tokens page. */
export async function createApiTokenAction(_previous: CreateTokenState, sent: FormData): Promise<CreateTokenState> {
  const form = asForm(sent);
  const name = formText(form, "name");
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return { status: "failed", message: allowed.message, name };
  const t = await getTranslations("tokens");
  const parsed = apiTokenInputSchema.safeParse({ name });
  if (!parsed.success) {
    const message = toFieldErrors(parsed.error, await validationText()).name ?? t("createForm.invalidName");
    return { status: "invalid", message, name };
  }
  try {
    const { token } = await createApiToken(allowed.user, parsed.data.name);
    revalidatePath("/tokens");
    return { status: "created", token, name: parsed.data.name };
  } catch (error) {
    if (isAppError(error)) return { status: "failed", message: await errorText(error), name };
    log.error({ err: error }, "create API token failed");
    return { status: "failed", message: t("createForm.failed"), name };
  }
}

/** "Revoke" next to a token: it stops working at once. */
export async function revokeApiTokenAction(tokenId: string): Promise<ActionResult<null>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  if (typeof tokenId !== "string" || tokenId.length > 64) {
    return { ok: false, message: (await getTranslations("errors"))("noSuchToken") };
  }
  try {
    await revokeApiToken(allowed.user.id, tokenId);
    revalidatePath("/tokens");
    return { ok: true, value: null };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error) };
    log.error({ err: error }, "revoke API token failed");
    return { ok: false, message: (await getTranslations("tokens.revoke"))("failed") };
  }
}
