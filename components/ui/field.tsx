import type { ReactNode } from "react";

/** A control's look without its size or place, for inline controls. */
export const controlClass =
  "rounded-md border border-field bg-surface px-3 text-sm text-fg shadow-sm focus:border-focus focus:outline-none focus:ring-2 focus:ring-focus aria-[invalid=true]:border-danger";

/** A full-width control under its label. */
export const inputClass = `mt-1 block w-full py-2 ${controlClass}`;

export const primaryButtonClass =
  "rounded-md bg-accent px-4 py-2 text-sm font-semibold text-accent-fg shadow-sm hover:bg-accent-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-60";

export const secondaryButtonClass =
  "rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-fg shadow-sm hover:bg-subtle focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-60";

/** A labelled form field with its error (and an optional hint) tied to the control. */
export function Field(props: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-fg">
        {props.label}
      </label>
      {props.children}
      {props.hint && !props.error ? (
        <p id={`${props.id}-hint`} className="mt-1 text-xs text-muted">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="mt-1 text-sm text-danger">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** aria-describedby for a field: its error when there is one, else its hint. */
export function describedBy(id: string, options: { error?: string; hint?: boolean }): string | undefined {
  if (options.error) return `${id}-error`;
  return options.hint ? `${id}-hint` : undefined;
}
