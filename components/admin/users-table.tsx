import { useTranslations } from "next-intl";
import type { UserView } from "@/lib/shared/user-admin";
import { DisableUserButton } from "./disable-user-button";
import { ResetPasswordButton } from "./reset-password-button";
import { RoleControl } from "./role-control";

/**
 * Every user, one row each. On a phone the email and state move under the name
 * (their columns are hidden) and the columns share the width in fixed parts, so the
 * table fits 390 px without scrolling sideways, whatever the names.
 */
export function UsersTable({ users, currentUserId }: { users: UserView[]; currentUserId: string }) {
  const t = useTranslations("admin.usersTable");
  return (
    <table className="w-full border-collapse text-left text-sm max-sm:table-fixed">
      <caption className="sr-only">{t("caption")}</caption>
      <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
        <tr>
          <th scope="col" className="py-2 pr-3 font-semibold max-sm:w-[36%]">
            {t("name")}
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold max-sm:hidden">
            {t("email")}
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold max-sm:w-[34%]">
            {t("role")}
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold max-sm:hidden">
            {t("state")}
          </th>
          <th scope="col" className="py-2 font-semibold">
            {t("actions")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {users.map((user) => {
          const self = user.id === currentUserId;
          const state = <StateBadge disabled={user.disabled} />;
          return (
            <tr key={user.id} className="align-top">
              <th scope="row" className="py-3 pr-3 font-medium [overflow-wrap:anywhere]">
                {user.name}
                {self ? <span className="font-normal text-muted"> {t("you")}</span> : null}
                <span className="block font-normal text-muted [overflow-wrap:anywhere] sm:hidden">{user.email}</span>
                <span className="mt-1 block sm:hidden">{state}</span>
              </th>
              <td className="py-3 pr-3 [overflow-wrap:anywhere] max-sm:hidden">{user.email}</td>
              <td className="py-3 pr-3">
                <RoleControl key={user.role ?? ""} user={user} />
              </td>
              <td className="py-3 pr-3 max-sm:hidden">{state}</td>
              <td className="py-3">
                <div className="flex flex-wrap gap-2">
                  {self ? null : <DisableUserButton user={user} />}
                  <ResetPasswordButton user={user} />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function StateBadge({ disabled }: { disabled: boolean }) {
  const t = useTranslations("admin.usersTable");
  return disabled ? (
    <span className="rounded bg-danger-soft px-2 py-0.5 text-xs font-medium text-danger">{t("disabled")}</span>
  ) : (
    <span className="rounded bg-ok-soft px-2 py-0.5 text-xs font-medium text-ok">{t("active")}</span>
  );
}
