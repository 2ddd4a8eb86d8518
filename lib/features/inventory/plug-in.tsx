import "server-only";
import { listActivity } from "../listener-activity/server/list-activity";
import type { PortletDefinition } from "../portlet";
import { InventoryPortlet } from "./portlet/inventory-portlet";
import { inventoryResponder } from "./responder";
import { listGear } from "./server/list-gear";

export const inventoryPortlet = {
  id: "inventory",
  title: "Inventory",
  subtitle: "Inventory manager",
  permission: inventoryResponder.permission,
  load: async () => {
    const [stock, activity] = await Promise.all([listGear(), listActivity(inventoryResponder.id)]);
    return <InventoryPortlet initialStock={stock} initialActivity={activity} />;
  },
} as const satisfies PortletDefinition;
