"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/lib/server/auth/actions/sign-in";
import { describedBy, Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import type { SignInState } from "@/lib/shared/sign-in";

const initialState: SignInState = { status: "idle" };

/** `returnTo`: where to go once signed in (the page whose session ended), sent with the form. */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth.signInForm");
  const [state, formAction, pending] = useActionState(signInAction, initialState);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const email = state.status === "idle" ? undefined : state.email;
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby="sign-in-feedback">
      <input type="hidden" name="returnTo" value={returnTo} />
      <div key={JSON.stringify(state)} className="space-y-4">
        <Field id="sign-in-email" label={t("email")} error={errors.email}>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            defaultValue={email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy("sign-in-email", { error: errors.email })}
            className={inputClass}
          />
        </Field>
        <Field id="sign-in-password" label={t("password")} error={errors.password}>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy("sign-in-password", { error: errors.password })}
            className={inputClass}
          />
        </Field>
      </div>
      <p id="sign-in-feedback" role="alert" className="min-h-5 text-sm text-danger">
        {state.status === "failed" ? state.message : null}
      </p>
      <button type="submit" disabled={pending} aria-busy={pending} className={`w-full ${primaryButtonClass}`}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
