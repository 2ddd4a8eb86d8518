import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddUserForm } from "@/components/admin/add-user-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { UsersTable } from "@/components/admin/users-table";
import { UserMenu } from "@/components/auth/user-menu";
import { ToastProvider } from "@/components/portal/toasts";
import { requirePermission } from "@/lib/server/auth/session";
import { listUsers } from "@/lib/server/users/list-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.usersPage"))("title") };
}
export const dynamic = "force-dynamic";

/** Admins add the crew's accounts, set their roles, disable them and reset passwords. */
export default async function UsersPage() {
  const user = await requirePermission("users:manage");
  const users = await listUsers();
  const t = await getTranslations("admin.usersPage");
  return (
    <ToastProvider>
      <div className="mx-auto max-w-5xl p-4 sm:p-6">
        <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
          <UserMenu user={user} />
        </header>
        <AdminNav current="/admin/users" />
        <main className="space-y-6">
          <section aria-labelledby="add-user-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="add-user-heading" className="mb-3 font-semibold">
              {t("addHeading")}
            </h2>
            <AddUserForm />
          </section>
          <section aria-labelledby="users-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="users-heading" className="mb-1 font-semibold">
              {t("crewHeading")}
            </h2>
            <p className="mb-3 text-sm text-muted">{t("crewNote")}</p>
            <UsersTable users={users} currentUserId={user.id} />
          </section>
        </main>
      </div>
    </ToastProvider>
  );
}
