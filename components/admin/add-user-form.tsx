"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { addUserAction } from "@/lib/server/users/actions/add-user";
import { useToast } from "@/components/portal/toasts";
import { describedBy, Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import { useReachableAction } from "@/components/ui/use-reachable-action";
import { formText } from "@/lib/shared/form-text";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/shared/password";
import { ROLES } from "@/lib/shared/roles";
import type { AddUserState } from "@/lib/shared/user-admin";

const initialState: AddUserState = { status: "idle" };
/** Out of reach: said at the form, with what was typed kept. */
const unreachable = (form: FormData, message: string): AddUserState => ({
  status: "failed",
  message,
  values: { name: formText(form, "name"), email: formText(form, "email"), role: formText(form, "role") },
});
/** The least a new crew member can see; the admin picks more when they mean it. */
const DEFAULT_ROLE = "roadie";

/** "Add user": name, email, role and a first password the admin tells them. */
export function AddUserForm() {
  const t = useTranslations("admin.addUser");
  const roleLabel = useTranslations("roles");
  const [state, formAction, pending] = useActionState(useReachableAction(addUserAction, unreachable), initialState);
  const notify = useToast();
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" || state.status === "failed" ? state.values : undefined;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "added") notify(t("added", { name: state.user.name }));
    // The fields were drawn afresh with the answer: focus goes to the first one to correct, not to the page.
    if (state.status === "invalid") form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state, notify, t]);
  const passwordHint = t("passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  return (
    <form ref={form} action={formAction} noValidate className="space-y-4">
      {/* Remounted per answer: fields show what was sent back (cleared once added). */}
      <div key={JSON.stringify(state)} className="grid gap-4 sm:grid-cols-2">
        <Field id="new-user-name" label={t("name")} error={errors.name}>
          <input
            id="new-user-name"
            name="name"
            type="text"
            required
            maxLength={100}
            autoComplete="off"
            defaultValue={values?.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("new-user-name", { error: errors.name })}
            className={inputClass}
          />
        </Field>
        <Field id="new-user-email" label={t("email")} error={errors.email}>
          <input
            id="new-user-email"
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            defaultValue={values?.email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy("new-user-email", { error: errors.email })}
            className={inputClass}
          />
        </Field>
        <Field id="new-user-role" label={t("role")} error={errors.role}>
          <select
            id="new-user-role"
            name="role"
            defaultValue={values?.role || DEFAULT_ROLE}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={describedBy("new-user-role", { error: errors.role })}
            className={inputClass}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="new-user-password" label={t("password")} error={errors.password} hint={passwordHint}>
          <input
            id="new-user-password"
            name="password"
            type="password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            maxLength={PASSWORD_MAX_LENGTH}
            autoComplete="new-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy("new-user-password", { error: errors.password, hint: true })}
            className={inputClass}
          />
        </Field>
      </div>
      <p role="alert" className="min-h-5 text-sm text-danger">
        {state.status === "failed" ? state.message : null}
      </p>
      <button type="submit" disabled={pending} aria-busy={pending} className={primaryButtonClass}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
