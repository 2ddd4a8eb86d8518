"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { changeUserRoleAction } from "@/lib/server/users/actions/change-user-role";
import { useToast } from "@/components/portal/toasts";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/shared/roles";
import type { UserView } from "@/lib/shared/user-admin";

/** A user's role, changed with "Save" (not on select: arrow keys would save every step). */
export function RoleControl({ user }: { user: UserView }) {
  const t = useTranslations("admin.roleControl");
  const roleLabel = useTranslations("roles");
  const unreachable = useTranslations("common")("unreachable");
  const [chosen, setChosen] = useState<Role | "">(user.role ?? "");
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const selectId = `role-${user.id}`;
  const save = () =>
    startTransition(async () => {
      if (!chosen) return;
      const result = await changeUserRoleAction(user.id, chosen).catch(() => undefined);
      if (result?.ok) return notify(t("changed", { name: user.name, role: roleLabel(chosen) }));
      // Refused: back to the role the user has. Out of reach: the choice stays, to save again.
      if (result) setChosen(user.role ?? "");
      notify(result?.message ?? unreachable, "error");
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        {t("label", { name: user.name })}
      </label>
      <select
        id={selectId}
        value={chosen}
        onChange={(event) => setChosen(event.target.value as Role)}
        disabled={pending}
        className={`${controlClass} w-full py-1.5 sm:w-auto`}
      >
        {user.role === null ? <option value="">{t("unknownRole")}</option> : null}
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
      {chosen !== (user.role ?? "") ? (
        <button
          type="button"
          onClick={save}
          disabled={pending}
          aria-busy={pending}
          aria-label={t("saveLabel", { name: user.name })}
          className={secondaryButtonClass}
        >
          {pending ? t("saving") : t("save")}
        </button>
      ) : null}
    </div>
  );
}
