"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { resetPasswordSchema, type ResetPasswordState } from "@/lib/shared/user-admin";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
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
    const { password, userId: badId } = toFieldErrors(parsed.error);
    return badId ? { status: "failed", message: "No such user." } : { status: "invalid", fieldErrors: { password } };
  }
  try {
    await resetUserPassword(parsed.data);
    log.info({ by: allowed.user.id, userId: parsed.data.userId }, "user password reset");
    revalidatePath("/admin/users");
    return { status: "reset" };
  } catch (error) {
    // A password the policy refuses (password-policy.ts): said at the field.
    if (isAppError(error) && error.fields?.password)
      return { status: "invalid", fieldErrors: { password: error.fields.password } };
    if (isAppError(error)) return { status: "failed", message: error.message };
    log.error({ err: error }, "reset password failed");
    return { status: "failed", message: "The password could not be reset. Please try again." };
  }
}
