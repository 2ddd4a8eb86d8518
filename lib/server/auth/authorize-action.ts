import "server-only";
import type { Permission } from "../access/permissions";
import type { SignedInUser } from "./read-session";
import { authorize } from "./session";
import { isAppError } from "../app-error";
import { errorText } from "@/lib/server/i18n/error-text";

export type ActionAuthorization = { ok: true; user: SignedInUser } | { ok: false; message: string };

/**
 * The first line of every server action: an action is a public POST endpoint, so
 * hiding its button is not enough. Answers the message to show when refused, in the reader's language.
 */
export async function authorizeAction(permission: Permission | null): Promise<ActionAuthorization> {
  try {
    return { ok: true, user: await authorize(permission) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: await errorText(error) };
    throw error;
  }
}
