import Link from "next/link";
import { useTranslations } from "next-intl";

const PAGES = [
  { href: "/", label: "backToPortal" },
  { href: "/admin/users", label: "users" },
  { href: "/admin/permissions", label: "permissions" },
  { href: "/admin/pages", label: "startPages" },
] as const;

/** The admin pages' way back to the portal and to each other. */
export function AdminNav({ current }: { current: (typeof PAGES)[number]["href"] }) {
  const t = useTranslations("admin.nav");
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-4 text-sm">
        {PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={page.href === current ? "page" : undefined}
              className="underline underline-offset-2 hover:text-accent aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
