import "server-only";
import { can } from "@/lib/server/access/permissions";
import type { Role } from "@/lib/shared/roles";
import { inventoryPortlet } from "./inventory/plug-in";
import { messageBusPortlet } from "./message-bus/plug-in";
import type { PortletDefinition } from "./plug-in";
import type { ResponderId, SameMembers } from "./responders";
import { setupPortlet } from "./setup/plug-in";
import { tasksPortlet } from "./tasks/plug-in";

/**
 * Every portlet the portal can show, in default order: one line each. Each declares
 * its title and the permission that shows it; the layout, its saving and the chrome
 * follow from this list.
 */
export const PORTLETS = [
  tasksPortlet,
  setupPortlet,
  inventoryPortlet,
  messageBusPortlet,
] as const satisfies readonly PortletDefinition[];

// Compile-time: every responder has its portlet here (a responder's portlet has its id).
true satisfies SameMembers<Exclude<ResponderId, (typeof PORTLETS)[number]["id"]>, never>;

/** The portlets a role may see, in registry order. */
export function portletsFor(role: Role): PortletDefinition[] {
  return PORTLETS.filter((portlet: PortletDefinition) => can(role, portlet.permission));
}

export function portletIdsFor(role: Role): string[] {
  return portletsFor(role).map((portlet) => portlet.id);
}
