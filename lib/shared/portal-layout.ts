import { z } from "zod";

import { WINDOW_STATES } from "./window-state";

/** A portlet's registry id. */
export const portletIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, "portalUnknownPortlet");

export const portletPlacementSchema = z.object({
  id: portletIdSchema,
  state: z.enum(WINDOW_STATES),
});
export type PortletPlacement = z.infer<typeof portletPlacementSchema>;

/** The portal's layout as saved: portlets in page order, each with its window state. */
export const portalLayoutSchema = z
  .array(portletPlacementSchema)
  .max(40)
  .refine((layout) => new Set(layout.map((p) => p.id)).size === layout.length, "portalPortletTwice");
export type PortalLayout = z.infer<typeof portalLayoutSchema>;

/** Every known portlet in registry order, none minimized or maximized. */
export function defaultLayout(ids: readonly string[]): PortalLayout {
  return ids.map((id) => ({ id, state: "normal" }));
}

/**
 * Fits a saved layout to the portlets that exist now: a removed portlet is dropped,
 * a new one joins at the end, and at most one stays maximized (the first).
 */
export function normalizeLayout(layout: PortalLayout, ids: readonly string[]): PortalLayout {
  const known = new Set(ids);
  const kept = layout.filter((placement) => known.has(placement.id));
  const placed = new Set(kept.map((placement) => placement.id));
  const joined = [...kept, ...defaultLayout(ids.filter((id) => !placed.has(id)))];
  let maximized = false;
  return joined.map((placement) => {
    if (placement.state !== "maximized") return placement;
    if (maximized) return { ...placement, state: "normal" };
    maximized = true;
    return placement;
  });
}
