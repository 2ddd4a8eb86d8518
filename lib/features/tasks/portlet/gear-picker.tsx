"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import type { GearItemView } from "@/lib/shared/gear";
import { GEAR_NEEDS_MAX, GEAR_QUANTITY_MAX } from "@/lib/shared/gear-limits";
import type { GearLineValues } from "@/lib/shared/task-form";

/**
 * The task's gear, picked from what the inventory stocks: one line per item, each a
 * labelled select (the stock's names, with how many are in stock) and a quantity.
 * Free text once let "two amps" through as gear nobody stocks; the server still
 * refuses an unknown name, for clients that do not use this form.
 */
export function GearPicker(props: {
  stock: readonly GearItemView[];
  lines: readonly GearLineValues[];
  onChange: (lines: GearLineValues[]) => void;
  error?: string;
}) {
  const { stock, lines, onChange, error } = props;
  const t = useTranslations("gear.picker");
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  const addRef = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Where focus goes after adding or removing a line: the new line's select, or "Add gear item".
  const focusNext = useRef<number | "add" | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "add") addRef.current?.focus();
    else if (target !== null) list.current?.querySelector<HTMLSelectElement>(`#task-gear-${target}`)?.focus();
  }, [lines.length]);

  const change = (index: number, line: Partial<GearLineValues>) =>
    onChange(lines.map((current, i) => (i === index ? { ...current, ...line } : current)));
  const add = () => {
    focusNext.current = lines.length;
    onChange([...lines, { name: "", quantity: "1" }]);
  };
  const remove = (index: number) => {
    focusNext.current = lines.length > 1 ? Math.max(0, index - 1) : "add";
    onChange(lines.filter((_, i) => i !== index));
  };
  const describedBy = error ? "task-gear-error" : "task-gear-hint";

  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="block text-sm font-medium text-fg">{t("legend")}</legend>
      <p id="task-gear-hint" className="mt-1 text-xs text-muted">
        {t("hint")}
      </p>
      {lines.length > 0 ? (
        <ul ref={list} className="mt-2 space-y-2">
          {lines.map((line, index) => {
            const n = index + 1;
            const stocked = line.name === "" || stock.some((item) => item.name === line.name);
            return (
              <li key={index} className="flex flex-wrap items-end gap-2">
                <div className="min-w-48 flex-1">
                  <label htmlFor={`task-gear-${index}`} className="block text-xs font-medium text-muted">
                    {t("item", { n })}
                  </label>
                  <select
                    id={`task-gear-${index}`}
                    name="gearName"
                    value={line.name}
                    onChange={(event) => change(index, { name: event.target.value })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy}
                    className={`${controlClass} mt-0.5 block w-full py-1.5`}
                  >
                    <option value="">{t("choose")}</option>
                    {stock.map((item) => (
                      <option key={item.id} value={item.name} dir="auto">
                        {t("inStock", { name: item.name, quantity: item.quantity })}
                      </option>
                    ))}
                    {/* A draft may name an item the inventory has since renamed: shown, for the server to refuse. */}
                    {stocked ? null : <option value={line.name}>{t("notStocked", { name: line.name })}</option>}
                  </select>
                </div>
                <div>
                  <label htmlFor={`task-gear-quantity-${index}`} className="block text-xs font-medium text-muted">
                    {t.rich("quantity", { n, hidden })}
                  </label>
                  <input
                    id={`task-gear-quantity-${index}`}
                    name="gearQuantity"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={GEAR_QUANTITY_MAX}
                    step={1}
                    value={line.quantity}
                    onChange={(event) => change(index, { quantity: event.target.value })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy}
                    className={`${controlClass} mt-0.5 block w-24 py-1.5`}
                  />
                </div>
                <button type="button" onClick={() => remove(index)} className={secondaryButtonClass}>
                  {t.rich("remove", { n, hidden })}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <button
        ref={addRef}
        type="button"
        onClick={add}
        disabled={lines.length >= GEAR_NEEDS_MAX || stock.length === 0}
        className={`${secondaryButtonClass} mt-2`}
      >
        {t("add")}
      </button>
      {stock.length === 0 ? <p className="mt-1 text-xs text-muted">{t("noStock")}</p> : null}
      {error ? (
        <p id="task-gear-error" className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
