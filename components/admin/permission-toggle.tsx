"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { changePermissionAction } from "@/lib/server/access/actions/change-permission";
import { useToast } from "@/components/portal/toasts";
import type { Role } from "@/lib/shared/roles";

/**
 * One cell of the permission matrix: checked when the role has the permission. A
 * change is saved at once (a checkbox is one step, unlike a select), recorded, and
 * put back if the server refuses it.
 */
export function PermissionToggle(props: { role: Role; permission: string; has: boolean; locked: boolean; lockNoteId: string }) {
  const { role, permission } = props;
  const t = useTranslations("admin.permissionToggle");
  const unreachable = useTranslations("admin.actions")("unreachable");
  const roleLabel = useTranslations("roles")(role);
  const [has, setHas] = useState(props.has);
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const change = (granted: boolean) => {
    setHas(granted);
    startTransition(async () => {
      const result = await changePermissionAction({ role, permission, granted }).catch(() => undefined);
      if (result?.ok) return notify(t(granted ? "granted" : "removed", { role: roleLabel, permission }));
      setHas(!granted);
      notify(result?.message ?? unreachable, "error");
    });
  };
  return (
    <input
      type="checkbox"
      checked={has}
      disabled={pending || props.locked}
      aria-busy={pending}
      onChange={(event) => change(event.target.checked)}
      aria-label={t("label", { role: roleLabel, permission })}
      aria-describedby={props.locked ? props.lockNoteId : undefined}
      className="h-5 w-5 accent-[var(--color-accent)] disabled:opacity-60"
    />
  );
}
