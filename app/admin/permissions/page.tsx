import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { PermissionToggle } from "@/components/admin/permission-toggle";
import { UserMenu } from "@/components/auth/user-menu";
import { ToastProvider } from "@/components/portal/toasts";
import { PORTLETS } from "@/lib/features/portlet-registry";
import { listPermissionChanges } from "@/lib/server/access/list-permission-changes";
import { permissionMatrix } from "@/lib/server/admin/permission-matrix";
import { requirePermission } from "@/lib/server/auth/session";
import { isRole, ROLES } from "@/lib/shared/roles";
import { portletTitle } from "../portlet-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.permissionsPage"))("title") };
}
export const dynamic = "force-dynamic";

const LOCK_NOTE_ID = "locked-note";

/** Who may do what, drawn from the permissions every check reads; an admin changes a cell, and every change is listed. */
export default async function PermissionsPage() {
  const user = await requirePermission("users:manage");
  const [t, roleLabel, portletText, changes] = await Promise.all([
    getTranslations("admin.permissionsPage"),
    getTranslations("roles"),
    getTranslations("portlets"),
    listPermissionChanges(),
  ]);
  const rows = permissionMatrix(PORTLETS.map((portlet) => ({ ...portlet, title: portletTitle(portletText, portlet) })));
  const code = (chunks: ReactNode) => <code>{chunks}</code>;
  return (
    <ToastProvider>
      <div className="mx-auto max-w-5xl p-4 sm:p-6">
        <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
          <UserMenu user={user} />
        </header>
        <AdminNav current="/admin/permissions" />
        <main className="space-y-4">
          <p className="text-sm text-muted">{t("intro")}</p>
          <p id={LOCK_NOTE_ID} className="text-sm text-muted">
            {t.rich("lockNote", { code })}
          </p>
          <section aria-labelledby="matrix-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="matrix-heading" className="mb-3 font-semibold">
              {t("matrixHeading")}
            </h2>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("matrixCaption")}</caption>
              <thead className="border-b border-line text-xs text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-2 font-semibold">
                    {t("permission")}
                  </th>
                  {ROLES.map((role) => (
                    <th key={role} scope="col" className="px-1 py-2 text-center font-semibold [overflow-wrap:anywhere]">
                      {roleLabel(role)}
                    </th>
                  ))}
                  <th scope="col" className="py-2 pl-2 font-semibold">
                    {t("opens")}
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
                        {cell.changed ? <span className="block text-xs text-muted">{t("changed")}</span> : null}
                      </td>
                    ))}
                    <td className="py-2 pl-2">
                      <Opens portlets={row.portlets} destination={row.destination} t={t} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="changes-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="changes-heading" className="mb-3 font-semibold">
              {t("changesHeading")}
            </h2>
            {changes.length === 0 ? (
              <p className="text-sm text-muted">{t("noChanges")}</p>
            ) : (
              <ol aria-label={t("changesLabel")} className="divide-y divide-line text-sm">
                {changes.map((change) => (
                  <li key={change.id} className="flex flex-wrap gap-x-3 py-1.5">
                    <time dateTime={change.at.toISOString()} className="tabular-nums text-muted">
                      {formatUtc(change.at)}
                    </time>
                    <span>
                      {t.rich(change.granted ? "granted" : "removed", {
                        actor: change.actorName,
                        permission: change.permission,
                        role: isRole(change.role) ? roleLabel(change.role) : change.role,
                        actorName: (chunks) => <span dir="auto">{chunks}</span>,
                        code,
                      })}
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

type PageText = Awaited<ReturnType<typeof getTranslations<"admin.permissionsPage">>>;

function Opens({ portlets, destination, t }: { portlets: string[]; destination: string | null; t: PageText }) {
  if (portlets.length === 0 && !destination) return <span className="text-muted">—</span>;
  return (
    <ul className="space-y-1">
      {portlets.map((title) => (
        <li key={title}>{t("opensPortlet", { title })}</li>
      ))}
      {destination ? (
        <li>
          {t.rich("sendsTo", {
            destination,
            code: (chunks) => <code className="[overflow-wrap:anywhere]">{chunks}</code>,
          })}
        </li>
      ) : null}
    </ul>
  );
}
