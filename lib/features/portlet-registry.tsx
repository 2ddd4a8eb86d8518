import "server-only";
import { can } from "@/lib/server/access/permissions";
import type { Role } from "@/lib/shared/roles";
import { PLUG_INS } from "./plug-ins.generated";
import type { PortletDefinition } from "./portlet";
import { FEATURES, type FeatureId } from "./registry";

/** `true` when A and B are the same set of names. */
export type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Compile-time: every feature of the registry has its plug-in.ts, and every plug-in its
// line in the registry (run `npm run features` after adding a folder).
true satisfies SameMembers<keyof typeof PLUG_INS, FeatureId>;

/**
 * Every portlet the portal can show, in the registry's order: each feature's manifest
 * (title, the permission that shows it) with its plug-in's loader. The layout, its
 * saving and the chrome follow from this list.
 */
export const PORTLETS: readonly PortletDefinition[] = FEATURES.map((feature) => {
  const { load, config } = PLUG_INS[feature.id] as PortletDefinition;
  return {
    id: feature.id,
    title: feature.title,
    subtitle: feature.subtitle,
    permission: feature.permission,
    wide: "wide" in feature ? feature.wide : undefined,
    load,
    config,
  };
});

/** The portlets a role may see, in registry order. */
export function portletsFor(role: Role): PortletDefinition[] {
  return PORTLETS.filter((portlet: PortletDefinition) => can(role, portlet.permission));
}

export function portletIdsFor(role: Role): string[] {
  return portletsFor(role).map((portlet) => portlet.id);
}
