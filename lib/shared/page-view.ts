// Zod-free: the browser's page bar and its dialog import it. Schemas: portal-pages.ts.

/** One of a user's pages as the page bar lists it; `/p/<slug>` shows it, `/` the first. */
export type PageView = { id: string; slug: string; name: string };

export const PAGE_NAME_MAX = 40;
/** Enough for a crew's desks (stage, load-in, merch…), few enough for one bar on a phone. */
export const PAGES_PER_USER_MAX = 12;

/** The address of a page: the first is the portal's own. */
export function pageHref(pages: readonly PageView[], page: PageView): string {
  return pages[0]?.id === page.id ? "/" : `/p/${page.slug}`;
}

/**
 * A page's address from its name: lower-case letters, digits and dashes ("Load-in
 * 2" → "load-in-2"); accents dropped, anything else a dash; "page" when nothing is left.
 * Unique per user (taken: "-2", "-3"…).
 */
export function slugOf(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 32)
      .replace(/-+$/, "") || "page";
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
