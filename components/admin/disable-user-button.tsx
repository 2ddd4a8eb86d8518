"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setUserDisabledAction } from "@/lib/server/users/actions/set-user-disabled";
import { useToast } from "@/components/portal/toasts";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import type { UserView } from "@/lib/shared/user-admin";

/** "Disable" (after a confirmation: it signs the user out everywhere) or "Enable". */
export function DisableUserButton({ user }: { user: UserView }) {
  const t = useTranslations("admin.disableUser");
  const unreachable = useTranslations("common")("unreachable");
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const apply = (disabled: boolean) =>
    startTransition(async () => {
      const result = await setUserDisabledAction(user.id, disabled).catch(() => undefined);
      setConfirming(false);
      if (!result?.ok) return notify(result?.message ?? unreachable, "error");
      notify(t(disabled ? "disabled" : "enabled", { name: user.name }));
    });
  if (user.disabled) {
    return (
      <button
        type="button"
        onClick={() => apply(false)}
        disabled={pending}
        aria-busy={pending}
        aria-label={t("enableLabel", { name: user.name })}
        className={secondaryButtonClass}
      >
        {pending ? t("enabling") : t("enable")}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={t("disableLabel", { name: user.name })}
        className={secondaryButtonClass}
      >
        {t("disable")}
      </button>
      <ModalDialog open={confirming} title={t("confirmTitle", { name: user.name })} onClose={() => setConfirming(false)}>
        <p className="text-sm">{t("confirmText")}</p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
            {t("cancel")}
          </button>
          <button type="button" onClick={() => apply(true)} disabled={pending} aria-busy={pending} className={primaryButtonClass}>
            {pending ? t("disabling") : t("confirm")}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
