import { z } from "zod";
import { gearKey } from "./gear-key";
import { GEAR_NAME_MAX, GEAR_NEEDS_MAX, GEAR_QUANTITY_MAX } from "./gear-limits";

const gearName = z
  .string({ error: "Gear name is required." })
  .trim()
  .min(1, "Gear name is required.")
  .max(GEAR_NAME_MAX, `Gear name must be at most ${GEAR_NAME_MAX} characters.`);

/** One line of what a task needs: "2 Amplifier". */
export const gearNeedSchema = z.object({
  name: gearName,
  quantity: z
    .number()
    .int()
    .min(1, "Each gear quantity must be at least 1.")
    .max(GEAR_QUANTITY_MAX, `Each gear quantity must be at most ${GEAR_QUANTITY_MAX}.`),
});
export type GearNeed = z.infer<typeof gearNeedSchema>;

const GEAR_LINE = /^(?:(\d+)\s*(?:[x×]\s*)?)?(\p{L}.*)$/iu;
const GEAR_FORMAT_HINT = "Write each item as a number and a name, e.g. “2 Amplifier, 1 Fog machine”.";

/**
 * Gear needs as the form sends them ("2 Amplifier, 1 Fog machine"; a bare name means
 * 1) or as an API client might (a list). Lines naming the same item (by `gearKey`:
 * "Drum kit" and "drum kits") are summed under the first line's name, so a request
 * never holds one item twice.
 */
export const gearNeedsSchema = z
  .union([z.string(), z.array(gearNeedSchema).max(GEAR_NEEDS_MAX)], { error: GEAR_FORMAT_HINT })
  .transform((value, context): GearNeed[] => {
    if (typeof value !== "string") return withinLimit(sumByName(value), context);
    const lines = value
      .split(/[,\n;]/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > GEAR_NEEDS_MAX) {
      context.addIssue({ code: "custom", message: `List at most ${GEAR_NEEDS_MAX} gear items.` });
      return z.NEVER;
    }
    const needs: GearNeed[] = [];
    for (const line of lines) {
      const match = GEAR_LINE.exec(line);
      const parsed = gearNeedSchema.safeParse({ name: match?.[2], quantity: Number(match?.[1] ?? 1) });
      if (!parsed.success) {
        context.addIssue({ code: "custom", message: `“${line}” is not a gear item. ${GEAR_FORMAT_HINT}` });
        return z.NEVER;
      }
      needs.push(parsed.data);
    }
    return withinLimit(sumByName(needs), context);
  });

/** Each line may be within the limit and their sum not: the listeners would refuse it, so the form does. */
function withinLimit(needs: GearNeed[], context: z.RefinementCtx): GearNeed[] {
  const over = needs.find((need) => need.quantity > GEAR_QUANTITY_MAX);
  if (!over) return needs;
  context.addIssue({
    code: "custom",
    message: `${over.name} adds up to ${over.quantity}; at most ${GEAR_QUANTITY_MAX} of one item.`,
  });
  return z.NEVER;
}

/** Needs with one line per item (by `gearKey`), quantities summed. Also used on requests already sent. */
export function sumByName(needs: readonly GearNeed[]): GearNeed[] {
  const byKey = new Map<string, GearNeed>();
  for (const need of needs) {
    const key = gearKey(need.name);
    const known = byKey.get(key);
    byKey.set(key, known ? { ...known, quantity: known.quantity + need.quantity } : need);
  }
  return [...byKey.values()];
}

/** The inventory manager's "Add gear" form. */
export const gearItemInputSchema = z.object({
  name: gearName,
  // Form fields arrive as text: "" is missing, not 0.
  quantity: z.preprocess(
    (value) => (value === "" || value === null ? undefined : typeof value === "string" ? Number(value) : value),
    z
      .number({ error: "Quantity must be a whole number." })
      .int("Quantity must be a whole number.")
      .min(0, "Quantity cannot be negative.")
      .max(GEAR_QUANTITY_MAX, `Quantity must be at most ${GEAR_QUANTITY_MAX}.`),
  ),
});
export type GearItemInput = z.infer<typeof gearItemInputSchema>;
export type GearItemFieldErrors = Partial<Record<keyof GearItemInput, string>>;

/** Editing one item's quantity in the Inventory portlet. */
export const gearQuantityInputSchema = gearItemInputSchema.pick({ quantity: true }).extend({
  id: z.string().min(1, "Unknown gear item."),
  /** The quantity the count started from: if reservations moved it since, the count is not saved over them. */
  expected: z.coerce.number().int().min(0),
});
export type GearQuantityInput = z.infer<typeof gearQuantityInputSchema>;

export type GearItemView = { id: string; name: string; quantity: number };
