import Link from "next/link";
import { useTranslations } from "next-intl";
import { pageHref, type PageView } from "@/lib/shared/page-view";
import { ManagePagesButton } from "./manage-pages-button";

/**
 * The user's pages as links (rendered on the server: no script of its own), the
 * current one marked, and "Manage pages" to add, rename, reorder and remove them.
 */
export function PageBar({ pages, current }: { pages: PageView[]; current: string }) {
  const t = useTranslations("portal.pages");
  return (
    <nav aria-label={t("nav")} className="flex min-w-0 flex-wrap items-center gap-2">
      <ul className="flex min-w-0 flex-wrap gap-1">
        {pages.map((page) => (
          <li key={page.id} className="min-w-0">
            <Link
              href={pageHref(pages, page)}
              aria-current={page.id === current ? "page" : undefined}
              dir="auto"
              className="block max-w-[16rem] truncate rounded-md px-3 py-1.5 text-sm font-medium text-fg hover:bg-subtle focus-visible:outline-2 focus-visible:outline-focus aria-[current=page]:bg-accent aria-[current=page]:text-accent-fg"
            >
              {page.name}
            </Link>
          </li>
        ))}
      </ul>
      <ManagePagesButton pages={pages} current={current} />
    </nav>
  );
}
