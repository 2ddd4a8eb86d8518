// Zod-free: the browser's layout code imports it (a type import is erased).
import type { LayoutTemplate } from "./layout-template";
import type { PortalPage } from "./portal-page";

/** Puts a removed (or new) portlet back, first on the page, where it is seen. */
export function placePortlet(page: PortalPage, id: string): PortalPage {
  return {
    ...page,
    portlets: [{ id, state: "normal" }, ...page.portlets.filter((placement) => placement.id !== id)],
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
