import "server-only";
import { listActivity } from "../listener-activity/server/list-activity";
import type { PlugIn } from "../feature";
import { inventoryFeature } from "./manifest";
import { InventoryPortlet } from "./portlet/inventory-portlet";
import { listGear } from "./server/list-gear";

export const plugIn = {
  load: async () => {
    const [stock, activity] = await Promise.all([listGear(), listActivity(inventoryFeature.id)]);
    return <InventoryPortlet initialStock={stock} initialActivity={activity} />;
  },
} satisfies PlugIn;
