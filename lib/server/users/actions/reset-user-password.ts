"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { validationText } from "@/lib/server/i18n/validation-text";
import { resetPasswordSchema, type ResetPasswordState } from "@/lib/shared/user-admin";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { errorText, fieldErrorsText } from "@/lib/server/i18n/error-text";
import { log } from "@/lib/server/log";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";

/** "Reset password" on /admin/users (bound to the user's id): their sessions end. */
export async function resetUserPasswordAction(
  userId: string,
  _previous: ResetPasswordState,
  form: FormData,
): Promise<ResetPasswordState> {
  const allowed = await authorizeAction("users:manage");
  if (!allowed.ok) return { status: "failed", message: allowed.message };
  const parsed = resetPasswordSchema.safeParse({ userId, password: form.get("password") ?? undefined });
  if (!parsed.success) {
    const { password, userId: badId } = toFieldErrors(parsed.error, await validationText());
    if (badId) return { status: "failed", message: (await getTranslations("errors"))("noSuchUser") };
    return { status: "invalid", fieldErrors: { password } };
  }
  try {
    await resetUserPassword(parsed.data);
    log.info({ by: allowed.user.id, userId: parsed.data.userId }, "user password reset");
    revalidatePath("/admin/users");
    return { status: "reset" };
  } catch (error) {
    // A password the policy refuses (password-policy.ts): said at the field.
    if (isAppError(error) && error.fields?.password) {
      return { status: "invalid", fieldErrors: { password: (await fieldErrorsText(error)).password } };
    }
    if (isAppError(error)) return { status: "failed", message: await errorText(error) };
    log.error({ err: error }, "reset password failed");
    return { status: "failed", message: (await getTranslations("admin.actions"))("resetFailed") };
  }
}
