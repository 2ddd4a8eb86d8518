import type { Metadata } from "next";
import { AddUserForm } from "@/components/admin/add-user-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { UsersTable } from "@/components/admin/users-table";
import { UserMenu } from "@/components/auth/user-menu";
import { ToastProvider } from "@/components/portal/toasts";
import { requirePermission } from "@/lib/server/auth/session";
import { listUsers } from "@/lib/server/users/list-users";

export const metadata: Metadata = { title: "Users · tourbus" };
export const dynamic = "force-dynamic";

/** Admins add the crew's accounts, set their roles, disable them and reset passwords. */
export default async function UsersPage() {
  const user = await requirePermission("users:manage");
  const users = await listUsers();
  return (
    <ToastProvider>
      <div className="mx-auto max-w-5xl p-4 sm:p-6">
        <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">Users</h1>
          <UserMenu user={user} />
        </header>
        <AdminNav current="/admin/users" />
        <main className="space-y-6">
          <section aria-labelledby="add-user-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="add-user-heading" className="mb-3 font-semibold">
              Add a user
            </h2>
            <AddUserForm />
          </section>
          <section aria-labelledby="users-heading" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="users-heading" className="mb-1 font-semibold">
              Crew accounts
            </h2>
            <p className="mb-3 text-sm text-muted">
              A role change applies to the user&apos;s next request. Disabling signs them out everywhere and stops their API
              tokens. The last enabled admin cannot be demoted or disabled.
            </p>
            <UsersTable users={users} currentUserId={user.id} />
          </section>
        </main>
      </div>
    </ToastProvider>
  );
}
