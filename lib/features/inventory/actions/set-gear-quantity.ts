"use server";
import { gearQuantityInputSchema } from "@/lib/shared/gear";
import type { SetQuantityResult } from "@/lib/shared/gear-form-state";
import { setGearQuantity, StockMovedError, UnknownGearError } from "@/lib/features/inventory/server/set-gear-quantity";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";

/** Saves the counted quantity of one gear item. */
export async function setGearQuantityAction(input: {
  id: string;
  quantity: string;
  expected: number;
}): Promise<SetQuantityResult> {
  const allowed = await authorizeAction("inventory:edit");
  if (!allowed.ok) return { status: "failed", message: allowed.message };
  const parsed = gearQuantityInputSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid quantity." };
  try {
    return { status: "saved", item: await setGearQuantity(parsed.data) };
  } catch (error) {
    if (error instanceof UnknownGearError) return { status: "invalid", message: "That gear item no longer exists." };
    if (error instanceof StockMovedError) {
      return {
        status: "moved",
        item: error.item,
        message: `${error.item.name} changed to ${error.item.quantity} while you counted (gear was reserved). Check your count and save again.`,
      };
    }
    log.error({ err: error }, "set gear quantity failed");
    return { status: "failed", message: "The quantity could not be saved. Please try again." };
  }
}
