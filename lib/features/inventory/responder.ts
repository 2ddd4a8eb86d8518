import type { ResponderEntry } from "../responders";

/** The inventory manager: reserves the gear a task names and says what is short. */
export const inventoryResponder = {
  id: "inventory",
  label: "Inventory",
  permission: "inventory:read",
} as const satisfies ResponderEntry;
