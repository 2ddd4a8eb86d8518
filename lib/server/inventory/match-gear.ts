import "server-only";

export type GearStock = { name: string; quantity: number };

/** Lower-case words with a trailing plural "s" dropped: "Amplifiers" → "amplifier". */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) =>
    word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word,
  );
}

/** A gear name as compared: "Fog Machines" and "fog machine" are the same item. */
export function gearKey(name: string): string {
  return stems(name).join(" ");
}

/** The gear items whose name appears, as whole words, in the task's text. */
export function matchGear(text: string, items: readonly GearStock[]): GearStock[] {
  const haystack = ` ${stems(text).join(" ")} `;
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
