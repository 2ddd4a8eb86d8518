import { z } from "zod";
import { gearKey } from "./gear-key";
import { GEAR_NAME_MAX, GEAR_NEEDS_MAX, GEAR_QUANTITY_MAX } from "./gear-limits";
import { HIDDEN_CONTROLS_MESSAGE, showsAsStored, showsSomething } from "./shown-text";

// The messages are keys of the catalogue's "validation" namespace, whose texts carry the limits; the
// two that name the user's own text ("“2” is not a gear item", "… adds up to …") pass it as params.
const gearName = z
  .string({ error: "gearNameRequired" })
  .trim()
  .min(1, "gearNameRequired")
  .max(GEAR_NAME_MAX, "gearNameTooLong")
  .refine(showsSomething, "gearNameRequired")
  .refine(showsAsStored, HIDDEN_CONTROLS_MESSAGE);

/** One line of what a task needs: "2 Amplifier". */
export const gearNeedSchema = z.object({
  name: gearName,
  quantity: z.number().int().min(1, "gearQuantityTooSmall").max(GEAR_QUANTITY_MAX, "gearQuantityTooLarge"),
});
export type GearNeed = z.infer<typeof gearNeedSchema>;

const GEAR_LINE = /^(?:(\d+)\s*(?:[x×]\s*)?)?(\p{L}.*)$/iu;

/**
 * Gear needs as the form sends them ("2 Amplifier, 1 Fog machine"; a bare name means
 * 1) or as an API client might (a list). Lines naming the same item (by `gearKey`:
 * "Drum kit" and "drum kits") are summed under the first line's name, so a request
 * never holds one item twice.
 */
export const gearNeedsSchema = z
  .union([z.string(), z.array(gearNeedSchema).max(GEAR_NEEDS_MAX)], { error: "gearFormatHint" })
  .transform((value, context): GearNeed[] => {
    if (typeof value !== "string") return withinLimit(sumByName(value), context);
    const lines = value
      .split(/[,\n;]/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > GEAR_NEEDS_MAX) {
      context.addIssue({ code: "custom", message: "gearTooManyItems" });
      return z.NEVER;
    }
    const needs: GearNeed[] = [];
    for (const line of lines) {
      const match = GEAR_LINE.exec(line);
      const parsed = gearNeedSchema.safeParse({ name: match?.[2], quantity: Number(match?.[1] ?? 1) });
      if (!parsed.success) {
        context.addIssue({ code: "custom", message: "gearNotAnItem", params: { line } });
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
    message: "gearAddsUpTo",
    // Strings: digits as typed, not formatted ("9999", as the limit is written everywhere else).
    params: { name: over.name, quantity: String(over.quantity), max: String(GEAR_QUANTITY_MAX) },
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

/** A number as a person writes one in a quantity field: optional sign, digits, maybe a fraction (refused as not whole). */
const DECIMAL = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

/** The inventory manager's "Add gear" form. */
export const gearItemInputSchema = z.object({
  name: gearName,
  // Form fields arrive as text: "" is missing, not 0. Only decimal digits are read as a number:
  // Number() would also take "0x10" as 16 and "1e3" as 1000.
  quantity: z.preprocess(
    (value) =>
      value === "" || value === null
        ? undefined
        : typeof value === "string"
          ? DECIMAL.test(value)
            ? Number(value)
            : Number.NaN
          : value,
    z
      .number({ error: "gearStockNotWhole" })
      .int("gearStockNotWhole")
      .min(0, "gearStockNegative")
      .max(GEAR_QUANTITY_MAX, "gearStockTooLarge"),
  ),
});
export type GearItemInput = z.infer<typeof gearItemInputSchema>;
export type GearItemFieldErrors = Partial<Record<keyof GearItemInput, string>>;

/** Editing one item's quantity in the Inventory portlet. */
export const gearQuantityInputSchema = gearItemInputSchema.pick({ quantity: true }).extend({
  id: z.string().min(1, "gearItemUnknown"),
  /** The quantity the count started from: if reservations moved it since, the count is not saved over them. */
  expected: z.coerce.number().int().min(0),
});
export type GearQuantityInput = z.infer<typeof gearQuantityInputSchema>;

export type GearItemView = { id: string; name: string; quantity: number };
