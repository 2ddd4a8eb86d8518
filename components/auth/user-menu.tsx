import Link from "next/link";
import { signOutAction } from "@/lib/server/auth/actions/sign-out";
import { secondaryButtonClass } from "@/components/ui/field";
import { can } from "@/lib/server/access/permissions";
import { ROLE_LABELS, type Role } from "@/lib/shared/roles";

const linkClass = "underline underline-offset-2 hover:text-accent";

/**
 * Who is signed in, their API tokens, the admin pages for those who may open them,
 * and "Sign out" (a form: works before hydration too). Rendered on the server only.
 * On a phone it folds into an "Account" menu (a native disclosure: no script), so the
 * header stays one line of controls above the portlets.
 */
export function UserMenu({ user }: { user: { name: string; role: Role } }) {
  return (
    <>
      <div className="hidden flex-wrap items-center gap-3 text-sm sm:flex">
        <MenuItems user={user} />
      </div>
      <details className="relative text-sm sm:hidden">
        <summary className={`${secondaryButtonClass} cursor-pointer list-none`}>Account</summary>
        <div className="absolute right-0 z-40 mt-2 flex w-56 flex-col items-start gap-3 rounded-md border border-line bg-surface p-3 shadow-lg">
          <MenuItems user={user} />
        </div>
      </details>
    </>
  );
}

function MenuItems({ user }: { user: { name: string; role: Role } }) {
  return (
    <>
      <span>
        <span className="font-medium">{user.name}</span> <span className="text-muted">· {ROLE_LABELS[user.role]}</span>
      </span>
      <Link href="/tokens" className={linkClass}>
        API tokens
      </Link>
      {can(user.role, "users:manage") ? (
        <>
          <Link href="/admin/users" className={linkClass}>
            Users
          </Link>
          <Link href="/admin/permissions" className={linkClass}>
            Permissions
          </Link>
        </>
      ) : null}
      <form action={signOutAction}>
        <button type="submit" className={secondaryButtonClass}>
          Sign out
        </button>
      </form>
    </>
  );
}
