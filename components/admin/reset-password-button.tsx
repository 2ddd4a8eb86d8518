"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useState } from "react";
import { resetUserPasswordAction } from "@/lib/server/users/actions/reset-user-password";
import { useToast } from "@/components/portal/toasts";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { describedBy, Field, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { useReachableAction } from "@/components/ui/use-reachable-action";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/shared/password";
import type { ResetPasswordState, UserView } from "@/lib/shared/user-admin";

/** "Reset password": a dialog for the new password; the user's sessions end. */
export function ResetPasswordButton({ user }: { user: UserView }) {
  const t = useTranslations("admin.resetPassword");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t("openLabel", { name: user.name })}
        className={secondaryButtonClass}
      >
        {t("open")}
      </button>
      <ModalDialog open={open} title={t("title", { name: user.name })} onClose={() => setOpen(false)}>
        <ResetPasswordForm user={user} onDone={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}

const initialState: ResetPasswordState = { status: "idle" };
/** Out of reach: said in the dialog, which stays open. */
const unreachable = (_form: FormData, message: string): ResetPasswordState => ({ status: "failed", message });

function ResetPasswordForm({ user, onDone }: { user: UserView; onDone: () => void }) {
  const t = useTranslations("admin.resetPassword");
  const action = useMemo(() => resetUserPasswordAction.bind(null, user.id), [user.id]);
  const [state, formAction, pending] = useActionState(useReachableAction(action, unreachable), initialState);
  const notify = useToast();
  useEffect(() => {
    if (state.status !== "reset") return;
    notify(t("done", { name: user.name }));
    onDone();
  }, [state, notify, onDone, user.name, t]);
  const error = state.status === "invalid" ? state.fieldErrors.password : undefined;
  const inputId = `new-password-${user.id}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <Field
        id={inputId}
        label={t("password")}
        error={error}
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
      >
        <input
          id={inputId}
          name="password"
          type="password"
          required
          autoFocus
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          autoComplete="new-password"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, { error, hint: true })}
          className={inputClass}
        />
      </Field>
      <p className="text-sm text-muted">{t("note")}</p>
      <p role="alert" className="min-h-5 text-sm text-danger">
        {state.status === "failed" ? state.message : null}
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" onClick={onDone} className={secondaryButtonClass}>
          {t("cancel")}
        </button>
        <button type="submit" disabled={pending} aria-busy={pending} className={primaryButtonClass}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
