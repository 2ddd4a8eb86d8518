"use server";
import { getTranslations } from "next-intl/server";
import { asForm, formText } from "@/lib/shared/form-text";
import type { AddGearState, GearFormValues } from "@/lib/shared/gear-form-state";
import { gearItemInputSchema } from "@/lib/shared/gear";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { validationText } from "@/lib/server/i18n/validation-text";
import { addGearItem, GearNameTakenError } from "@/lib/features/inventory/server/add-gear-item";
import { authorizeAction } from "@/lib/server/auth/authorize-action";
import { log } from "@/lib/server/log";

/** The Inventory portlet's "Add gear": validate, store, show everywhere. */
export async function addGearItemAction(_previous: AddGearState, sent: FormData): Promise<AddGearState> {
  const form = asForm(sent);
  const values: GearFormValues = { name: formText(form, "name"), quantity: formText(form, "quantity") };
  const allowed = await authorizeAction("inventory:edit");
  if (!allowed.ok) return { status: "failed", message: allowed.message, values };
  const parsed = gearItemInputSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error, await validationText()), values };
  try {
    return { status: "added", item: await addGearItem(parsed.data) };
  } catch (error) {
    if (error instanceof GearNameTakenError) {
      const t = await getTranslations("inventory.actions");
      return { status: "invalid", fieldErrors: { name: t("nameTaken", { name: error.existing }) }, values };
    }
    log.error({ err: error }, "add gear failed");
    return { status: "failed", message: (await getTranslations("inventory.actions"))("addFailed"), values };
  }
}
