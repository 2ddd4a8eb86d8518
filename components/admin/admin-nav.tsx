import Link from "next/link";

const PAGES = [
  { href: "/", label: "Portal" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/permissions", label: "Permissions" },
  { href: "/admin/pages", label: "Start pages" },
] as const;

/** The admin pages' way back to the portal and to each other. */
export function AdminNav({ current }: { current: (typeof PAGES)[number]["href"] }) {
  return (
    <nav aria-label="Admin" className="mb-6">
      <ul className="flex flex-wrap gap-4 text-sm">
        {PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={page.href === current ? "page" : undefined}
              className="underline underline-offset-2 hover:text-accent aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {page.href === "/" ? "← Back to the portal" : page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
