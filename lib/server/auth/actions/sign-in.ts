"use server";
import "server-only";
import { formText } from "@/lib/shared/form-text";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { safeReturnPath } from "@/lib/shared/return-to";
import { signInSchema, type SignInState } from "@/lib/shared/sign-in";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { log } from "@/lib/server/log";
import { isAppError } from "@/lib/server/app-error";

/** The sign-in form: one message for every wrong credential, so none reveals which. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = formText(form, "email");
  const parsed = signInSchema.safeParse({ email: form.get("email") ?? undefined, password: form.get("password") ?? undefined });
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error), email };
  try {
    const signedIn = await signInWithPassword(parsed.data.email, parsed.data.password, await headers());
    if (!signedIn) return { status: "failed", message: "Wrong email or password.", email };
  } catch (error) {
    if (isAppError(error)) return { status: "failed", message: error.message, email };
    log.error({ err: error }, "sign-in failed");
    return { status: "failed", message: "Signing in failed on our side. Please try again.", email };
  }
  // Back where the user was (checked again here: the form's field is the client's).
  redirect(safeReturnPath(form.get("returnTo")));
}
