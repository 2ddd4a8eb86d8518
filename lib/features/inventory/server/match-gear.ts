import "server-only";
import { gearKey, gearWords } from "@/lib/shared/gear-key";

// Re-exported: reserve-gear.ts and add-gear-item.ts compare names through this module.
export { gearKey };

export type GearStock = { name: string; quantity: number };

/** The gear items whose name appears, as whole words, in the task's text. */
export function matchGear(text: string, items: readonly GearStock[]): GearStock[] {
  const haystack = ` ${gearWords(text).join(" ")} `;
  return items.filter((item) => {
    const needle = gearKey(item.name);
    return needle.length > 0 && haystack.includes(` ${needle} `);
  });
}

/** The inventory manager's answer for the gear a task needs. */
export function describeStock(needed: readonly GearStock[]): { answer: string; inStock: boolean } {
  if (needed.length === 0) return { answer: "No stocked gear named in this task", inStock: true };
  const missing = needed.filter((item) => item.quantity <= 0);
  const available = needed.filter((item) => item.quantity > 0);
  const parts: string[] = [];
  if (available.length > 0) {
    parts.push(`In stock: ${available.map((i) => `${i.name} × ${i.quantity}`).join(", ")}`);
  }
  if (missing.length > 0) parts.push(`Out of stock: ${missing.map((i) => i.name).join(", ")}`);
  return { answer: parts.join(". "), inStock: missing.length === 0 };
}
