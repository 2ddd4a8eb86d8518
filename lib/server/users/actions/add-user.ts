"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { validationText } from "@/lib/server/i18n/validation-text";
import { asForm, formText } from "@/lib/shared/form-text";
import { addUserSchema, type AddUserState } from "@/lib/shared/user-admin";
import { isAppError } from "@/lib/server/app-error";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { errorText, fieldErrorsText } from "@/lib/server/i18n/error-text";
import { log } from "@/lib/server/log";
import { addUser } from "@/lib/server/users/add-user";

/** "Add user" on /admin/users: the user can sign in with the first password at once. */
export async function addUserAction(_previous: AddUserState, sent: FormData): Promise<AddUserState> {
  const form = asForm(sent);
  const values = { name: formText(form, "name"), email: formText(form, "email"), role: formText(form, "role") };
  const allowed = await authorizeAction("users:manage");
  if (!allowed.ok) return { status: "failed", message: allowed.message, values };
  const parsed = addUserSchema.safeParse({ ...values, password: form.get("password") ?? undefined });
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error, await validationText()), values };
  try {
    const user = await addUser(parsed.data);
    log.info({ by: allowed.user.id, userId: user.id, role: user.role }, "user added");
    revalidatePath("/admin/users");
    return { status: "added", user };
  } catch (error) {
    if (isAppError(error) && error.fields) return { status: "invalid", fieldErrors: await fieldErrorsText(error), values };
    if (isAppError(error)) return { status: "failed", message: await errorText(error), values };
    log.error({ err: error }, "add user failed");
    return { status: "failed", message: (await getTranslations("admin.actions"))("addFailed"), values };
  }
}
