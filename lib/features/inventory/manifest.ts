import type { FeatureManifest } from "../feature";
import { inventoryResponder } from "./responder";

/** The inventory manager's portlet and their listener on tour/roadie/setup. */
export const inventoryFeature = {
  id: "inventory",
  title: "Inventory",
  subtitle: "Inventory manager",
  permission: "inventory:read",
  responder: inventoryResponder,
} as const satisfies FeatureManifest;
