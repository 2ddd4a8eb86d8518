"use client";
import { useTranslations } from "next-intl";
import type { HTMLAttributes, ReactNode, Ref } from "react";
import type { WindowState } from "@/lib/shared/window-state";
import { PortletOptionsMenu } from "./portlet-options-menu";

export type PortletOption = { label: string; onSelect: () => void };

/** The drag handle's wiring from dnd-kit's useSortable. */
export type DragHandle = {
  ref: Ref<HTMLButtonElement>;
  props: HTMLAttributes<HTMLButtonElement>;
  disabled: boolean;
};

const iconButton =
  "inline-flex h-8 w-8 items-center justify-center rounded text-chrome-fg hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-white disabled:opacity-40";

/**
 * Portlet chrome: a titled panel (a <section> named by its title) with its Options
 * menu, minimize, maximize and restore. Each button keeps its place while its label changes, so
 * keyboard focus stays put. A minimized body is hidden, not unmounted: its form
 * input and live data survive.
 */
export function Portlet(props: {
  id: string;
  title: string;
  subtitle?: string;
  state: WindowState;
  onStateChange: (state: WindowState) => void;
  /** The "Options" menu's items (Configuration, Remove). */
  options: PortletOption[];
  optionsRef: (node: HTMLElement | null) => void;
  drag: DragHandle;
  children: ReactNode;
}) {
  const { id, title, state, onStateChange } = props;
  const t = useTranslations("portal.portlet");
  const headingId = `portlet-${id}-title`;
  const bodyId = `portlet-${id}-body`;
  return (
    <section
      aria-labelledby={headingId}
      data-portlet={id}
      data-window-state={state}
      className="flex h-full flex-col overflow-hidden rounded-lg border border-line bg-surface shadow-sm"
    >
      <header className="flex items-center gap-2 bg-chrome py-1 pl-2 pr-1 text-chrome-fg">
        <button
          type="button"
          ref={props.drag.ref}
          {...props.drag.props}
          disabled={props.drag.disabled}
          aria-label={t("move", { title })}
          className={`${iconButton} cursor-grab touch-none active:cursor-grabbing`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {props.subtitle ? <span className="truncate text-sm text-chrome-muted">{props.subtitle}</span> : null}
        <div className="ml-auto flex gap-1">
          <PortletOptionsMenu title={title} items={props.options} buttonRef={props.optionsRef} buttonClass={iconButton} />
          <button
            type="button"
            aria-label={t(state === "minimized" ? "restore" : "minimize", { title })}
            aria-controls={bodyId}
            aria-expanded={state !== "minimized"}
            onClick={() => onStateChange(state === "minimized" ? "normal" : "minimized")}
            className={iconButton}
          >
            <span aria-hidden="true">{state === "minimized" ? "▢" : "–"}</span>
          </button>
          <button
            type="button"
            aria-label={t(state === "maximized" ? "restore" : "maximize", { title })}
            data-maximize-toggle
            onClick={() => onStateChange(state === "maximized" ? "normal" : "maximized")}
            className={iconButton}
          >
            <span aria-hidden="true">{state === "maximized" ? "❐" : "□"}</span>
          </button>
        </div>
      </header>
      <div id={bodyId} hidden={state === "minimized"} className="flex-1 p-4">
        {props.children}
      </div>
    </section>
  );
}
