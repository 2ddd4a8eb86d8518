"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { addGearItemAction } from "@/lib/features/inventory/actions/add-gear-item";
import { useToast } from "@/components/portal/toasts";
import { describedBy, Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import type { GearItemView } from "@/lib/shared/gear";
import type { AddGearState } from "@/lib/shared/gear-form-state";

const initialState: AddGearState = { status: "idle" };

/** The inventory manager adds a gear item; errors are shown at their field. */
export function AddGearForm({ onAdded }: { onAdded: (item: GearItemView) => void }) {
  const [state, formAction, pending] = useActionState(addGearItemAction, initialState);
  const notify = useToast();
  const t = useTranslations("inventory.addForm");

  // Each answer is acted on once, even if the effect runs again for it.
  const handled = useRef(state);
  useEffect(() => {
    if (handled.current === state) return;
    handled.current = state;
    if (state.status === "added") {
      onAdded(state.item);
      notify(t("added", { name: state.item.name }));
    }
    if (state.status === "failed") notify(state.message, "error");
  }, [state, onAdded, notify, t]);

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" || state.status === "failed" ? state.values : undefined;
  return (
    <form action={formAction} noValidate className="space-y-3">
      <div key={state.status === "added" ? state.item.id : JSON.stringify(values)} className="grid grid-cols-[1fr_6rem] gap-3">
        <Field id="gear-name" label={t("name")} error={errors.name}>
          <input
            id="gear-name"
            name="name"
            type="text"
            defaultValue={values?.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("gear-name", { error: errors.name })}
            className={inputClass}
          />
        </Field>
        <Field id="gear-quantity" label={t("quantity")} error={errors.quantity}>
          <input
            id="gear-quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={0}
            defaultValue={values?.quantity ?? "1"}
            aria-invalid={errors.quantity ? true : undefined}
            aria-describedby={describedBy("gear-quantity", { error: errors.quantity })}
            className={inputClass}
          />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("adding") : t("submit")}
      </button>
    </form>
  );
}
