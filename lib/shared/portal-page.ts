import { z } from "zod";
import { LAYOUT_TEMPLATES, defaultTemplate, type LayoutTemplate } from "./layout-template";
import { defaultLayout, normalizeLayout, portalLayoutSchema, portletIdSchema, type PortalLayout } from "./portal-layout";

/**
 * A user's page: the placed portlets in order with their window states, the ones the
 * user removed, and the layout template. A portlet in neither list is new to the
 * user (just added to the registry, or a new permission): it joins at the end.
 */
export const portalPageSchema = z.object({
  portlets: portalLayoutSchema,
  removed: z.array(portletIdSchema).max(40),
  template: z.enum(LAYOUT_TEMPLATES),
});
export type PortalPage = { portlets: PortalLayout; removed: string[]; template: LayoutTemplate };

/** The role's default page: every portlet it may see, in registry order, and its default template. */
export function defaultPage(ids: readonly string[]): PortalPage {
  return { portlets: defaultLayout(ids), removed: [], template: defaultTemplate(ids.length) };
}

/** Fits a saved page to the portlets the user may see now (see normalizeLayout). */
export function normalizePage(page: PortalPage, ids: readonly string[]): PortalPage {
  const removed = new Set(page.removed.filter((id) => ids.includes(id)));
  const placeable = ids.filter((id) => !removed.has(id));
  return {
    portlets: normalizeLayout(
      page.portlets.filter((placement) => !removed.has(placement.id)),
      placeable,
    ),
    removed: ids.filter((id) => removed.has(id)),
    template: page.template,
  };
}
