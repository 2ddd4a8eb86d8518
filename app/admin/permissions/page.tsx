import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PermissionToggle } from "@/components/admin/permission-toggle";
import { UserMenu } from "@/components/auth/user-menu";
import { ToastProvider } from "@/components/portal/toasts";
import { PORTLETS } from "@/lib/features/portlet-registry";
import { listPermissionChanges } from "@/lib/server/access/list-permission-changes";
import { permissionMatrix } from "@/lib/server/admin/permission-matrix";
import { requirePermission } from "@/lib/server/auth/session";
import { isRole, ROLE_LABELS, ROLES } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Permissions · tourbus" };
export const dynamic = "force-dynamic";

const LOCK_NOTE_ID = "locked-note";

/** Who may do what, drawn from the permissions every check reads; an admin changes a cell, and every change is listed. */
export default async function PermissionsPage() {
  const user = await requirePermission("users:manage");
  const rows = permissionMatrix(PORTLETS);
  const changes = await listPermissionChanges();
  return (
    <ToastProvider>
      <div className="mx-auto max-w-5xl p-4 sm:p-6">
        <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">Permissions</h1>
          <UserMenu user={user} />
        </header>
        <AdminNav current="/admin/permissions" />
        <main className="space-y-4">
          <p className="text-sm text-muted">
            Each role&apos;s permissions, and the portlet each one shows and the destination it lets a user send to. Tick or clear
            a box to grant or remove a permission for a role: the server checks it on every page, action, API call and live event
            from that moment, and open pages of that role reload. Change a user&apos;s role on the Users page.
          </p>
          <p id={LOCK_NOTE_ID} className="text-sm text-muted">
            The admins keep <code>users:manage</code>: without it no admin could open this page to change it back.
          </p>
          <section aria-labelledby="matrix-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="matrix-heading" className="mb-3 font-semibold">
              Role × permission
            </h2>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Which role has which permission, and what each permission opens</caption>
              <thead className="border-b border-line text-xs text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-2 font-semibold">
                    Permission
                  </th>
                  {ROLES.map((role) => (
                    <th key={role} scope="col" className="px-1 py-2 text-center font-semibold [overflow-wrap:anywhere]">
                      {ROLE_LABELS[role]}
                    </th>
                  ))}
                  <th scope="col" className="py-2 pl-2 font-semibold">
                    Opens
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {rows.map((row) => (
                  <tr key={row.permission} className="align-top">
                    <th scope="row" className="py-2 pr-2 font-medium">
                      <code className="[overflow-wrap:anywhere]">{row.permission}</code>
                    </th>
                    {row.granted.map((cell) => (
                      <td key={cell.role} className="px-1 py-2 text-center">
                        <PermissionToggle
                          role={cell.role}
                          permission={row.permission}
                          has={cell.has}
                          locked={cell.locked}
                          lockNoteId={LOCK_NOTE_ID}
                        />
                        {cell.changed ? <span className="block text-xs text-muted">changed</span> : null}
                      </td>
                    ))}
                    <td className="py-2 pl-2">
                      <Opens portlets={row.portlets} destination={row.destination} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="changes-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="changes-heading" className="mb-3 font-semibold">
              Changes
            </h2>
            {changes.length === 0 ? (
              <p className="text-sm text-muted">No changes yet: every role has what the code gives it.</p>
            ) : (
              <ol aria-label="Changes to the permissions, newest first" className="divide-y divide-line text-sm">
                {changes.map((change) => (
                  <li key={change.id} className="flex flex-wrap gap-x-3 py-1.5">
                    <time dateTime={change.at.toISOString()} className="tabular-nums text-muted">
                      {formatUtc(change.at)}
                    </time>
                    <span>
                      <span dir="auto">{change.actorName}</span> {change.granted ? "granted" : "removed"}{" "}
                      <code>{change.permission}</code> {change.granted ? "to" : "from"}{" "}
                      {isRole(change.role) ? ROLE_LABELS[change.role] : change.role}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </main>
      </div>
    </ToastProvider>
  );
}

/** 24-hour UTC, to the second: the same for every admin whatever their browser's zone. */
function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

function Opens({ portlets, destination }: { portlets: string[]; destination: string | null }) {
  if (portlets.length === 0 && !destination) return <span className="text-muted">—</span>;
  return (
    <ul className="space-y-1">
      {portlets.map((title) => (
        <li key={title}>portlet {title}</li>
      ))}
      {destination ? (
        <li>
          sends to <code className="[overflow-wrap:anywhere]">{destination}</code>
        </li>
      ) : null}
    </ul>
  );
}
