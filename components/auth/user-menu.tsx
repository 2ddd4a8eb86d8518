import Link from "next/link";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/server/auth/actions/sign-out";
import { DisclosureMenu } from "@/components/ui/disclosure-menu";
import { secondaryButtonClass } from "@/components/ui/field";
import { LanguageSelect } from "@/components/portal/language-select";
import { can } from "@/lib/server/access/permissions";
import type { Role } from "@/lib/shared/roles";

const linkClass = "underline underline-offset-2 hover:text-accent";

/**
 * Who is signed in, their API tokens, the admin pages for those who may open them,
 * and "Sign out" (a form: works before hydration too). Rendered on the server only.
 * On a phone it folds into an "Account" menu (a native disclosure: it opens without
 * script, and closes on Esc or a press elsewhere once the script is there), so the header
 * stays one line of controls above the portlets.
 */
export function UserMenu({ user }: { user: { name: string; role: Role } }) {
  const t = useTranslations("auth.userMenu");
  return (
    <>
      <div className="hidden flex-wrap items-center gap-3 text-sm sm:flex">
        <MenuItems user={user} />
      </div>
      <DisclosureMenu
        className="relative text-sm sm:hidden"
        summary={<summary className={`${secondaryButtonClass} cursor-pointer list-none`}>{t("account")}</summary>}
      >
        <div className="absolute right-0 z-40 mt-2 flex w-56 flex-col items-start gap-3 rounded-md border border-line bg-surface p-3 shadow-lg">
          <MenuItems user={user} />
        </div>
      </DisclosureMenu>
    </>
  );
}

function MenuItems({ user }: { user: { name: string; role: Role } }) {
  const t = useTranslations("auth.userMenu");
  const roleLabel = useTranslations("roles");
  return (
    <>
      <span>
        <span className="font-medium">{user.name}</span> <span className="text-muted">· {roleLabel(user.role)}</span>
      </span>
      <Link href="/tokens" className={linkClass}>
        {t("apiTokens")}
      </Link>
      {can(user.role, "users:manage") ? (
        <>
          <Link href="/admin/users" className={linkClass}>
            {t("users")}
          </Link>
          <Link href="/admin/permissions" className={linkClass}>
            {t("permissions")}
          </Link>
        </>
      ) : null}
      <LanguageSelect />
      <form action={signOutAction}>
        <button type="submit" className={secondaryButtonClass}>
          {t("signOut")}
        </button>
      </form>
    </>
  );
}
