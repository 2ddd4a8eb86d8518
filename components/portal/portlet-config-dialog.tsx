"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { savePortletConfigAction } from "@/lib/features/portal/actions/save-portlet-config";
import { describedBy, Field, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import type { ConfigField, PortletConfigValues } from "@/lib/shared/portlet-config-view";
import { ModalDialog } from "./modal-dialog";

/**
 * A portlet's Configuration dialog, drawn from the fields its spec declares. The
 * server checks the values against the portlet's schema; its errors show at the field.
 */
export function PortletConfigDialog(props: {
  open: boolean;
  /** The page whose portlet this is: each page keeps its own configuration. */
  pageId: string;
  portletId: string;
  title: string;
  fields: ConfigField[];
  values: PortletConfigValues;
  onClose: () => void;
  onSaved: (config: PortletConfigValues) => void;
  returnFocus: () => HTMLElement | null | undefined;
}) {
  const { portletId, fields, values } = props;
  const t = useTranslations("portal.configDialog");
  const common = useTranslations("common");
  const [errors, setErrors] = useState<{ message?: string; fields: Record<string, string> }>({ fields: {} });
  const [saving, startSaving] = useTransition();
  // Saved: the dialog closes itself (the native close returns focus), then onClose unmounts it.
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  function close(): void {
    setErrors({ fields: {} });
    props.onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const config = Object.fromEntries(
      fields.map((field) => [field.name, field.kind === "checkboxes" ? data.getAll(field.name) : (data.get(field.name) ?? "")]),
    );
    startSaving(async () => {
      const result = await savePortletConfigAction({ pageId: props.pageId, portletId, config }).catch(() => undefined);
      if (!result) return setErrors({ message: t("unreachable"), fields: {} });
      if (!result.ok) {
        setErrors({ message: result.message, fields: result.fieldErrors ?? {} });
        const first = fields.find((field) => result.fieldErrors?.[field.name]);
        if (first) form.current?.querySelector<HTMLElement>(`[name="${first.name}"]`)?.focus();
        return;
      }
      setErrors({ fields: {} });
      setSaved(true);
      props.onSaved(result.config);
    });
  }

  return (
    <ModalDialog
      open={props.open && !saved}
      onClose={close}
      title={t("title", { title: props.title })}
      returnFocus={props.returnFocus}
    >
      <form ref={form} onSubmit={submit} noValidate className="space-y-4">
        {fields.map((field) => (
          <ConfigInput
            key={field.name}
            id={`config-${portletId}-${field.name}`}
            field={field}
            value={values[field.name]}
            error={errors.fields[field.name]}
          />
        ))}
        {errors.message && Object.keys(errors.fields).length === 0 ? (
          <p role="alert" className="text-sm text-danger">
            {errors.message}
          </p>
        ) : null}
        <div className="flex justify-end gap-2 pt-2">
          <button type="button" onClick={close} className={secondaryButtonClass}>
            {common("cancel")}
          </button>
          <button type="submit" disabled={saving} className={primaryButtonClass}>
            {saving ? common("saving") : common("save")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function ConfigInput({ id, field, value, error }: { id: string; field: ConfigField; value: unknown; error?: string }) {
  const hint = "hint" in field ? field.hint : undefined;
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, { error, hint: !!hint }) };
  if (field.kind === "checkboxes") {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset aria-describedby={aria["aria-describedby"]} aria-invalid={aria["aria-invalid"]}>
        <legend className="text-sm font-medium text-fg">{field.label}</legend>
        <div className="mt-1 space-y-1">
          {field.options.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={field.name} value={option.value} defaultChecked={chosen.includes(option.value)} />
              <span className="font-mono">{option.label}</span>
            </label>
          ))}
        </div>
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-danger">
            {error}
          </p>
        ) : hint ? (
          <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
            {hint}
          </p>
        ) : null}
      </fieldset>
    );
  }
  return (
    <Field id={id} label={field.label} error={error} hint={hint}>
      {field.kind === "select" ? (
        <select id={id} name={field.name} defaultValue={String(value ?? "")} className={inputClass} {...aria}>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={field.name}
          type={field.kind === "number" ? "number" : "text"}
          inputMode={field.kind === "number" ? "numeric" : undefined}
          min={field.kind === "number" ? field.min : undefined}
          max={field.kind === "number" ? field.max : undefined}
          maxLength={field.kind === "text" ? field.maxLength : undefined}
          defaultValue={String(value ?? "")}
          className={inputClass}
          {...aria}
        />
      )}
    </Field>
  );
}
