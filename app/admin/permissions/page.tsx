import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserMenu } from "@/components/auth/user-menu";
import { PORTLETS } from "@/lib/features/portlet-registry";
import { permissionMatrix } from "@/lib/server/admin/permission-matrix";
import { requirePermission } from "@/lib/server/auth/session";
import { ROLE_LABELS, ROLES } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Permissions · tourbus" };
export const dynamic = "force-dynamic";

/** Read-only: who may do what, drawn from the permissions table every check reads. */
export default async function PermissionsPage() {
  const user = await requirePermission("users:manage");
  const rows = permissionMatrix(PORTLETS);
  return (
    <div className="mx-auto max-w-5xl p-4 sm:p-6">
      <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Permissions</h1>
        <UserMenu user={user} />
      </header>
      <AdminNav current="/admin/permissions" />
      <main className="space-y-4">
        <p className="text-sm text-muted">
          Each role&apos;s permissions, and the portlet each one shows and the destination it lets a user send to. Read
          from the table the server checks on every page, action, API call and live event; change a user&apos;s role on
          the Users page.
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
                      {cell.has ? (
                        <>
                          <span aria-hidden="true" className="font-semibold text-ok">✓</span>
                          <span className="sr-only">Yes</span>
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true" className="text-muted">–</span>
                          <span className="sr-only">No</span>
                        </>
                      )}
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
      </main>
    </div>
  );
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
