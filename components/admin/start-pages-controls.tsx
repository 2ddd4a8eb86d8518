"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setRoleStartPagesAction } from "@/lib/server/portal/actions/set-role-start-pages";
import { useToast } from "@/components/portal/toasts";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/shared/roles";

/** "Use my pages" for a chosen role. */
export function UseMyPagesForm() {
  const t = useTranslations("admin.startPages");
  const unreachable = useTranslations("admin.actions")("unreachable");
  const roleLabel = useTranslations("roles");
  const [role, setRole] = useState<Role>("roadie");
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const copy = () =>
    startTransition(async () => {
      const result = await setRoleStartPagesAction({ role, op: "copy" }).catch(() => undefined);
      if (!result) return notify(unreachable, "error");
      if (!result.ok) return notify(result.message, "error");
      notify(t("copied", { role: roleLabel(role), count: result.value }));
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor="start-pages-role" className="text-sm font-medium">
        {t("role")}
      </label>
      <select
        id="start-pages-role"
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        className={`${controlClass} py-1.5`}
      >
        {ROLES.map((candidate) => (
          <option key={candidate} value={candidate}>
            {roleLabel(candidate)}
          </option>
        ))}
      </select>
      <button type="button" onClick={copy} disabled={pending} aria-busy={pending} className={secondaryButtonClass}>
        {pending ? t("saving") : t("useMine")}
      </button>
    </div>
  );
}

/** "Back to the default" for one role. */
export function ClearStartPagesButton({ role }: { role: Role }) {
  const t = useTranslations("admin.startPages");
  const unreachable = useTranslations("admin.actions")("unreachable");
  const roleLabel = useTranslations("roles")(role);
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const clear = () =>
    startTransition(async () => {
      const result = await setRoleStartPagesAction({ role, op: "clear" }).catch(() => undefined);
      if (!result?.ok) return notify(result?.message ?? unreachable, "error");
      notify(t("cleared", { role: roleLabel }));
    });
  return (
    <button
      type="button"
      onClick={clear}
      disabled={pending}
      aria-label={t("backToDefaultLabel", { role: roleLabel })}
      className={secondaryButtonClass}
    >
      {t("backToDefault")}
    </button>
  );
}
