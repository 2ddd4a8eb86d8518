import Link from "next/link";
import { signOutAction } from "@/app/actions/sign-out";
import { secondaryButtonClass } from "@/components/ui/field";
import { ROLE_LABELS, type Role } from "@/lib/shared/roles";

/** Who is signed in, their API tokens, and "Sign out" (a form: works before hydration too). */
export function UserMenu({ user }: { user: { name: string; role: Role } }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span>
        <span className="font-medium">{user.name}</span> <span className="text-muted">· {ROLE_LABELS[user.role]}</span>
      </span>
      <Link href="/tokens" className="underline underline-offset-2 hover:text-accent">
        API tokens
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={secondaryButtonClass}>
          Sign out
        </button>
      </form>
    </div>
  );
}
