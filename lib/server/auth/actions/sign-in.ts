"use server";
import "server-only";
import { asForm, formText } from "@/lib/shared/form-text";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { validationText } from "@/lib/server/i18n/validation-text";
import { safeReturnPath } from "@/lib/shared/return-to";
import { signInSchema, type SignInState } from "@/lib/shared/sign-in";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { log } from "@/lib/server/log";
import { isAppError } from "@/lib/server/app-error";
import { errorText } from "@/lib/server/i18n/error-text";
import { setLocaleCookie } from "@/lib/server/i18n/locale-cookie";
import { readUserLocale } from "@/lib/server/i18n/user-locale";

/** The sign-in form: one message for every wrong credential, so none reveals which. */
export async function signInAction(_previous: SignInState, sent: FormData): Promise<SignInState> {
  const form = asForm(sent);
  const email = formText(form, "email");
  const parsed = signInSchema.safeParse({ email: form.get("email") ?? undefined, password: form.get("password") ?? undefined });
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error, await validationText()), email };
  try {
    const userId = await signInWithPassword(parsed.data.email, parsed.data.password, await headers());
    if (!userId) return { status: "failed", message: (await getTranslations("auth.signInForm"))("wrongCredentials"), email };
    // The language chosen on another browser follows the user here.
    const saved = await readUserLocale(userId);
    if (saved) await setLocaleCookie(saved);
  } catch (error) {
    if (isAppError(error)) return { status: "failed", message: await errorText(error), email };
    log.error({ err: error }, "sign-in failed");
    return { status: "failed", message: (await getTranslations("auth.signInForm"))("failed"), email };
  }
  // Back where the user was (checked again here: the form's field is the client's).
  redirect(safeReturnPath(form.get("returnTo")));
}
