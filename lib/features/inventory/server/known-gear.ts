import "server-only";
import { sumByName, type GearNeed } from "@/lib/shared/gear";
import { AppError } from "@/lib/server/app-error";
import { gearKey, type GearStock } from "./match-gear";

/**
 * A task's gear, checked against the inventory before anything is stored: every line
 * must name a stocked item (by `gearKey`, so "amplifiers" is the Amplifier), and comes
 * back under the stock's own name. An unknown name is refused at the gear field —
 * "two amps" once became a line the inventory could only answer "Short".
 * Items out of stock are known: the inventory answers those.
 */
export function requireKnownGear(needs: readonly GearNeed[], stock: readonly GearStock[]): GearNeed[] {
  const byKey = new Map(stock.map((item) => [gearKey(item.name), item.name]));
  const unknown = needs.filter((need) => !byKey.has(gearKey(need.name)));
  if (unknown.length > 0) {
    const message = `Unknown gear: ${unknown.map((need) => need.name).join(", ")}`;
    throw new AppError("invalid_input", "Some fields are invalid.", { fields: { gear: message } });
  }
  return sumByName(needs.map((need) => ({ ...need, name: byKey.get(gearKey(need.name))! })));
}
