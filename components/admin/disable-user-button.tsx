"use client";
import { useState, useTransition } from "react";
import { setUserDisabledAction } from "@/lib/server/users/actions/set-user-disabled";
import { useToast } from "@/components/portal/toasts";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import type { UserView } from "@/lib/shared/user-admin";

/** "Disable" (after a confirmation: it signs the user out everywhere) or "Enable". */
export function DisableUserButton({ user }: { user: UserView }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const apply = (disabled: boolean) =>
    startTransition(async () => {
      const result = await setUserDisabledAction(user.id, disabled);
      setConfirming(false);
      if (!result.ok) return notify(result.message, "error");
      notify(
        disabled ? `${user.name} is disabled: signed out everywhere, API tokens stopped.` : `${user.name} is enabled again.`,
      );
    });
  if (user.disabled) {
    return (
      <button
        type="button"
        onClick={() => apply(false)}
        disabled={pending}
        aria-busy={pending}
        aria-label={`Enable ${user.name}`}
        className={secondaryButtonClass}
      >
        {pending ? "Enabling…" : "Enable"}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`Disable ${user.name}`}
        className={secondaryButtonClass}
      >
        Disable
      </button>
      <ModalDialog open={confirming} title={`Disable ${user.name}?`} onClose={() => setConfirming(false)}>
        <p className="text-sm">
          They are signed out everywhere at once, their API tokens stop working, and they cannot sign in until an admin enables
          them again.
        </p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
            Cancel
          </button>
          <button type="button" onClick={() => apply(true)} disabled={pending} aria-busy={pending} className={primaryButtonClass}>
            {pending ? "Disabling…" : "Disable user"}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
