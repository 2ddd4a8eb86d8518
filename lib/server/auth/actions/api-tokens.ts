"use server";
import "server-only";
import { formText } from "@/lib/shared/form-text";
import { revalidatePath } from "next/cache";
import { apiTokenInputSchema, type CreateTokenState } from "@/lib/shared/api-token";
import type { ActionResult } from "@/lib/shared/action-result";
import { createApiToken, revokeApiToken } from "@/lib/server/auth/api-tokens";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";
import { isAppError } from "@/lib/server/app-error";

/** "Create token" on the API tokens page. */
export async function createApiTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const name = formText(form, "name");
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return { status: "failed", message: allowed.message, name };
  const parsed = apiTokenInputSchema.safeParse({ name });
  if (!parsed.success) return { status: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid name.", name };
  try {
    const { token } = await createApiToken(allowed.user, parsed.data.name);
    revalidatePath("/tokens");
    return { status: "created", token, name: parsed.data.name };
  } catch (error) {
    if (isAppError(error)) return { status: "failed", message: error.message, name };
    log.error({ err: error }, "create API token failed");
    return { status: "failed", message: "The token could not be created. Please try again.", name };
  }
}

/** "Revoke" next to a token: it stops working at once. */
export async function revokeApiTokenAction(tokenId: string): Promise<ActionResult<null>> {
  const allowed = await authorizeAction(null);
  if (!allowed.ok) return allowed;
  if (typeof tokenId !== "string" || tokenId.length > 64) return { ok: false, message: "No such token." };
  try {
    await revokeApiToken(allowed.user.id, tokenId);
    revalidatePath("/tokens");
    return { ok: true, value: null };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    log.error({ err: error }, "revoke API token failed");
    return { ok: false, message: "The token could not be revoked. Please try again." };
  }
}
