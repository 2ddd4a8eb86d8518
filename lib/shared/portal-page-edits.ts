// Zod-free: the browser's layout code imports it (a type import is erased).
import type { LayoutTemplate } from "./layout-template";
import type { PortalPage } from "./portal-page";

/**
 * Puts a removed (or new) portlet back where it was: right after the nearest portlet
 * that came before it in `order` — the page's order when it was removed, or the
 * registry's (its default place) — and still is on the page; first when none does.
 */
export function placePortlet(page: PortalPage, id: string, order: readonly string[]): PortalPage {
  const others = page.portlets.filter((placement) => placement.id !== id);
  const before = order.slice(0, Math.max(0, order.indexOf(id)));
  const anchor = before.findLast((earlier) => others.some((placement) => placement.id === earlier));
  const at = anchor === undefined ? 0 : others.findIndex((placement) => placement.id === anchor) + 1;
  return {
    ...page,
    portlets: [...others.slice(0, at), { id, state: "normal" }, ...others.slice(at)],
    removed: page.removed.filter((removed) => removed !== id),
  };
}

/** Takes a portlet off the page; it stays in "Add portlet", and its configuration is kept. */
export function removePortlet(page: PortalPage, id: string): PortalPage {
  return {
    ...page,
    portlets: page.portlets.filter((placement) => placement.id !== id),
    removed: page.removed.includes(id) ? page.removed : [...page.removed, id],
  };
}

export function withTemplate(page: PortalPage, template: LayoutTemplate): PortalPage {
  return { ...page, template };
}
