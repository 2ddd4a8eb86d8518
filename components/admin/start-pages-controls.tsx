"use client";
import { useState, useTransition } from "react";
import { setRoleStartPagesAction } from "@/lib/server/portal/actions/set-role-start-pages";
import { useToast } from "@/components/portal/toasts";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/shared/roles";

/** "Use my pages" for a chosen role. */
export function UseMyPagesForm() {
  const [role, setRole] = useState<Role>("roadie");
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const copy = () =>
    startTransition(async () => {
      const result = await setRoleStartPagesAction({ role, op: "copy" }).catch(() => undefined);
      if (!result) return notify("Not saved. The server could not be reached.", "error");
      if (!result.ok) return notify(result.message, "error");
      notify(`${ROLE_LABELS[role]}: new users start with your ${result.value} page${result.value === 1 ? "" : "s"}.`);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor="start-pages-role" className="text-sm font-medium">
        Role
      </label>
      <select
        id="start-pages-role"
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        className={`${controlClass} py-1.5`}
      >
        {ROLES.map((candidate) => (
          <option key={candidate} value={candidate}>
            {ROLE_LABELS[candidate]}
          </option>
        ))}
      </select>
      <button type="button" onClick={copy} disabled={pending} aria-busy={pending} className={secondaryButtonClass}>
        {pending ? "Saving…" : "Use my pages"}
      </button>
    </div>
  );
}

/** "Back to the default" for one role. */
export function ClearStartPagesButton({ role }: { role: Role }) {
  const [pending, startTransition] = useTransition();
  const notify = useToast();
  const clear = () =>
    startTransition(async () => {
      const result = await setRoleStartPagesAction({ role, op: "clear" }).catch(() => undefined);
      if (!result?.ok) return notify(result?.message ?? "Not saved. The server could not be reached.", "error");
      notify(`${ROLE_LABELS[role]}: new users start with the default page.`);
    });
  return (
    <button
      type="button"
      onClick={clear}
      disabled={pending}
      aria-label={`Back to the default for ${ROLE_LABELS[role]}`}
      className={secondaryButtonClass}
    >
      Back to the default
    </button>
  );
}
