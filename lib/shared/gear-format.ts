import type { GearNeed } from "./gear";

/**
 * "2 Amplifier, 1 Fog machine": how needs are written back into the form and shown.
 * Apart from gear.ts so the browser gets it without zod (a type import is erased).
 */
export function formatGearNeeds(needs: readonly GearNeed[]): string {
  return needs.map((need) => `${need.quantity} ${need.name}`).join(", ");
}
