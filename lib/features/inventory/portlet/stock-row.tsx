"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { setGearQuantityAction } from "@/lib/features/inventory/actions/set-gear-quantity";
import { useToast } from "@/components/portal/toasts";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import type { GearItemView } from "@/lib/shared/gear";

/** One gear item with its quantity, editable in place (a stock take). */
export function StockRow({ item, onSaved }: { item: GearItemView; onSaved: (item: GearItemView) => void }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const notify = useToast();
  const t = useTranslations("inventory.stockRow");
  const unreachable = useTranslations("common")("unreachable");
  const inputId = `gear-quantity-${item.id}`;
  // The quantity the count starts from (shown when the field was entered): a save over
  // a stock that reservations moved since is refused, not written over them.
  const [countedFrom, setCountedFrom] = useState(item.quantity);
  const inputRef = useRef<HTMLInputElement>(null);
  // A live change while nobody is counting this row is simply the new starting point.
  useEffect(() => {
    if (document.activeElement !== inputRef.current) setCountedFrom(item.quantity);
  }, [item.quantity]);

  function save(form: FormData): void {
    startTransition(async () => {
      const result = await setGearQuantityAction({
        id: item.id,
        quantity: String(form.get("quantity") ?? ""),
        expected: countedFrom,
      }).catch(() => undefined);
      // Out of reach: said at the field, the count kept (not the portal's error page).
      if (!result) return setError(unreachable);
      if (result.status === "moved") {
        setCountedFrom(result.item.quantity);
        onSaved(result.item);
      }
      if (result.status !== "saved") {
        setError(result.message);
        return;
      }
      setError(undefined);
      onSaved(result.item);
      notify(t("saved", { name: result.item.name, quantity: result.item.quantity }));
    });
  }

  return (
    <li className="py-2">
      {/* onSubmit, not a form action: React empties a form after its action, and a count that
          could not be saved (out of reach, or the stock moved) must stay to be saved again. */}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save(new FormData(event.currentTarget));
        }}
        noValidate
        className="flex flex-wrap items-center gap-2"
      >
        <span className={`flex-1 font-medium ${item.quantity === 0 ? "text-danger" : ""}`}>
          <bdi>{item.name}</bdi>
          {item.quantity === 0 ? <span className="ml-2 text-xs font-normal">{t("outOfStock")}</span> : null}
        </span>
        <label htmlFor={inputId} className="sr-only">
          {t("quantityOf", { name: item.name })}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={item.quantity}
          onFocus={() => setCountedFrom(item.quantity)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className={`${controlClass} w-24 py-1`}
        />
        <button
          type="submit"
          disabled={pending}
          aria-label={t("saveLabel", { name: item.name })}
          className={secondaryButtonClass}
        >
          {pending ? t("saving") : t("save")}
        </button>
      </form>
      {error ? (
        <p id={`${inputId}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </li>
  );
}
