"use server";
import { formText } from "@/lib/shared/form-text";
import type { AddGearState, GearFormValues } from "@/lib/shared/gear-form-state";
import { gearItemInputSchema } from "@/lib/shared/gear";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { addGearItem, GearNameTakenError } from "@/lib/features/inventory/server/add-gear-item";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";

/** The Inventory portlet's "Add gear": validate, store, show everywhere. */
export async function addGearItemAction(_previous: AddGearState, form: FormData): Promise<AddGearState> {
  const values: GearFormValues = { name: formText(form, "name"), quantity: formText(form, "quantity") };
  const allowed = await authorizeAction("inventory:edit");
  if (!allowed.ok) return { status: "failed", message: allowed.message, values };
  const parsed = gearItemInputSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error), values };
  try {
    return { status: "added", item: await addGearItem(parsed.data) };
  } catch (error) {
    if (error instanceof GearNameTakenError) {
      return { status: "invalid", fieldErrors: { name: error.message }, values };
    }
    log.error({ err: error }, "add gear failed");
    return { status: "failed", message: "The gear could not be added. Please try again.", values };
  }
}
