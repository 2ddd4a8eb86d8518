"use server";
import { getTranslations } from "next-intl/server";
import { gearQuantityInputSchema } from "@/lib/shared/gear";
import type { SetQuantityResult } from "@/lib/shared/gear-form-state";
import { setGearQuantity, StockMovedError, UnknownGearError } from "@/lib/features/inventory/server/set-gear-quantity";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { validationText } from "@/lib/server/i18n/validation-text";
import { log } from "@/lib/server/log";

/** Saves the counted quantity of one gear item. */
export async function setGearQuantityAction(input: {
  id: string;
  quantity: string;
  expected: number;
}): Promise<SetQuantityResult> {
  const allowed = await authorizeAction("inventory:edit");
  if (!allowed.ok) return { status: "failed", message: allowed.message };
  const t = await getTranslations("inventory.actions");
  const parsed = gearQuantityInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { status: "invalid", message: issue ? (await validationText())(issue.message) : t("invalidQuantity") };
  }
  try {
    return { status: "saved", item: await setGearQuantity(parsed.data) };
  } catch (error) {
    if (error instanceof UnknownGearError) return { status: "invalid", message: t("gearGone") };
    if (error instanceof StockMovedError) {
      return {
        status: "moved",
        item: error.item,
        message: t("moved", { name: error.item.name, quantity: error.item.quantity }),
      };
    }
    log.error({ err: error }, "set gear quantity failed");
    return { status: "failed", message: t("saveFailed") };
  }
}
