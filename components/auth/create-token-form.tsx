"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createApiTokenAction } from "@/lib/server/auth/actions/api-tokens";
import { describedBy, Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import { useReachableAction } from "@/components/ui/use-reachable-action";
import { formText } from "@/lib/shared/form-text";
import type { CreateTokenState } from "@/lib/shared/api-token";
import { CopyButton } from "./copy-button";

const initialState: CreateTokenState = { status: "idle" };
/** Out of reach: said at the field, the name kept. */
const unreachable = (form: FormData, message: string): CreateTokenState => ({
  status: "failed",
  message,
  name: formText(form, "name"),
});

/** Names and creates a token, then shows it once with how to use it. */
export function CreateTokenForm() {
  const t = useTranslations("tokens.createForm");
  const [state, formAction, pending] = useActionState(useReachableAction(createApiTokenAction, unreachable), initialState);
  const error = state.status === "invalid" || state.status === "failed" ? state.message : undefined;
  return (
    <div className="space-y-4">
      <form action={formAction} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id="token-name" label={t("name")} error={error}>
            <input
              key={state.status === "created" ? state.token : "form"}
              id="token-name"
              name="name"
              type="text"
              required
              maxLength={60}
              defaultValue={state.status === "invalid" || state.status === "failed" ? state.name : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy("token-name", { error })}
              className={inputClass}
            />
          </Field>
        </div>
        <button type="submit" disabled={pending} aria-busy={pending} className={primaryButtonClass}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      {state.status === "created" ? (
        <div role="status" className="rounded-md border border-ok bg-ok-soft p-3 text-sm">
          <p className="font-medium">{t("created", { name: state.name })}</p>
          <label htmlFor="new-token" className="mt-2 block text-xs text-muted">
            {t("newToken")}
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <input
              id="new-token"
              readOnly
              value={state.token}
              onFocus={(event) => event.currentTarget.select()}
              className={`${inputClass} min-w-0 flex-1 font-mono`}
            />
            <CopyButton text={state.token} label={t("copyLabel")} />
          </div>
          <p className="mt-2 text-xs text-muted">
            {t.rich("useAs", { start: state.token.slice(0, 10), code: (chunks) => <code>{chunks}</code> })}
          </p>
        </div>
      ) : null}
    </div>
  );
}
