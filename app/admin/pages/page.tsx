import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { ClearStartPagesButton, UseMyPagesForm } from "@/components/admin/start-pages-controls";
import { UserMenu } from "@/components/auth/user-menu";
import { ToastProvider } from "@/components/portal/toasts";
import { portletIdsFor, PORTLETS } from "@/lib/features/portlet-registry";
import { requirePermission } from "@/lib/server/auth/session";
import { listPages } from "@/lib/server/portal/pages/list-pages";
import { listRoleStartPages } from "@/lib/server/portal/pages/role-start-pages";
import { ROLES } from "@/lib/shared/roles";
import { portletTitle } from "../portlet-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.startPagesPage"))("title") };
}
export const dynamic = "force-dynamic";

/** The pages each role's new users start with: the admin arranges their own pages, then hands them to a role. */
export default async function StartPagesPage() {
  const user = await requirePermission("users:manage");
  const [mine, byRole] = await Promise.all([listPages(user, portletIdsFor(user.role)), listRoleStartPages()]);
  const [t, roleLabel, portletText] = await Promise.all([
    getTranslations("admin.startPagesPage"),
    getTranslations("roles"),
    getTranslations("portlets"),
  ]);
  const titles = new Map<string, string>(PORTLETS.map((portlet) => [portlet.id, portletTitle(portletText, portlet)]));
  return (
    <ToastProvider>
      <div className="mx-auto max-w-5xl p-4 sm:p-6">
        <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
          <UserMenu user={user} />
        </header>
        <AdminNav current="/admin/pages" />
        <main className="space-y-6">
          <section aria-labelledby="use-mine-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="use-mine-heading" className="mb-1 font-semibold">
              {t("useMineHeading")}
            </h2>
            <p className="mb-3 text-sm text-muted">
              {t.rich("useMineNote", {
                pages: mine.map((page) => page.name).join(", "),
                names: (chunks) => <span dir="auto">{chunks}</span>,
              })}
            </p>
            <UseMyPagesForm />
          </section>
          <section aria-labelledby="roles-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="roles-heading" className="mb-3 font-semibold">
              {t("rolesHeading")}
            </h2>
            <ul className="divide-y divide-line text-sm">
              {ROLES.map((role) => {
                const pages = byRole[role];
                const visible = new Set(portletIdsFor(role));
                return (
                  <li key={role} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <div>
                      <p className="font-medium">{roleLabel(role)}</p>
                      {pages ? (
                        <ol aria-label={t("startPagesOf", { role: roleLabel(role) })} className="mt-1 space-y-0.5 text-muted">
                          {pages.map((page, index) => (
                            <li key={index}>
                              <span dir="auto" className="text-fg">
                                {page.name}
                              </span>
                              :{" "}
                              {page.portlets
                                .filter((id) => visible.has(id))
                                .map((id) => titles.get(id) ?? id)
                                .join(", ") || t("noPortlets")}
                            </li>
                          ))}
                        </ol>
                      ) : (
                        <p className="mt-1 text-muted">{t("defaultPages")}</p>
                      )}
                    </div>
                    {pages ? <ClearStartPagesButton role={role} /> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        </main>
      </div>
    </ToastProvider>
  );
}
