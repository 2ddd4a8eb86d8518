"use client";
import { useState, useTransition } from "react";
import { changeUserRoleAction } from "@/lib/server/users/actions/change-user-role";
import { useToast } from "@/components/portal/toasts";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/shared/roles";
import type { UserView } from "@/lib/shared/user-admin";

/** A user's role, changed with "Save" (not on select: arrow keys would save every step). */
export function RoleControl({ user }: { user: UserView }) {
  const [chosen, setChosen] = useState<Role | "">(user.role ?? "");
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const selectId = `role-${user.id}`;
  const save = () =>
    startTransition(async () => {
      if (!chosen) return;
      const result = await changeUserRoleAction(user.id, chosen);
      if (result.ok) return notify(`${user.name} is now ${ROLE_LABELS[chosen]}.`);
      setChosen(user.role ?? "");
      notify(result.message, "error");
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        Role of {user.name}
      </label>
      <select
        id={selectId}
        value={chosen}
        onChange={(event) => setChosen(event.target.value as Role)}
        disabled={pending}
        className={`${controlClass} w-full py-1.5 sm:w-auto`}
      >
        {user.role === null ? <option value="">Unknown role</option> : null}
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      {chosen !== (user.role ?? "") ? (
        <button
          type="button"
          onClick={save}
          disabled={pending}
          aria-busy={pending}
          aria-label={`Save role of ${user.name}`}
          className={secondaryButtonClass}
        >
          {pending ? "Saving…" : "Save"}
        </button>
      ) : null}
    </div>
  );
}
