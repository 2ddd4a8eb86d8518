"use client";
import type { HTMLAttributes, ReactNode } from "react";
import type { WindowState } from "@/lib/shared/window-state";
import { Portlet, type PortletOption } from "./portlet";

/**
 * What dnd-kit's useSortable gives one portlet, once the sortable layer has loaded
 * (sortable-layer.tsx). Until then a portlet has none and renders the same, unmoved.
 */
export type SortableWiring = {
  setNodeRef: (node: HTMLElement | null) => void;
  setActivatorNodeRef: (node: HTMLElement | null) => void;
  /** dnd-kit's attributes (role description, described-by, pressed) and pointer/key listeners. */
  handleProps: HTMLAttributes<HTMLButtonElement>;
  transform: string | undefined;
  transition: string | undefined;
  isDragging: boolean;
};

/** Columns a portlet spans on wide screens (static class names, for Tailwind to find). */
const SPANS: Record<number, string> = { 1: "lg:col-span-1", 2: "lg:col-span-2", 3: "lg:col-span-3" };

/** A portlet in the layout's grid: sized by its span and window state, moved by dnd-kit when wired. */
export function PortletFrame(props: {
  id: string;
  title: string;
  subtitle: string;
  /** Columns spanned (layout-template.ts templateSpans). */
  span: number;
  state: WindowState;
  /** Another portlet is maximized: this one steps aside (hidden, still mounted). */
  hidden: boolean;
  onStateChange: (state: WindowState) => void;
  /** The "Options" menu's items. */
  options: PortletOption[];
  optionsRef: (node: HTMLElement | null) => void;
  wiring: SortableWiring | undefined;
  /** The handle's listeners before dnd-kit's arrive: they keep an early press for it. */
  earlyHandleProps: HTMLAttributes<HTMLButtonElement>;
  children: ReactNode;
}) {
  const { wiring } = props;
  const maximized = props.state === "maximized";
  const span = maximized ? "lg:col-span-full" : (SPANS[props.span] ?? "");
  return (
    <div
      ref={wiring?.setNodeRef}
      hidden={props.hidden}
      style={{ transform: wiring?.transform, transition: wiring?.transition }}
      className={`${span} ${maximized ? "min-h-[calc(100vh-9rem)]" : ""} ${wiring?.isDragging ? "relative z-10 opacity-80" : ""}`}
    >
      <Portlet
        id={props.id}
        title={props.title}
        subtitle={props.subtitle}
        state={props.state}
        onStateChange={props.onStateChange}
        options={props.options}
        optionsRef={props.optionsRef}
        drag={{
          ref: wiring?.setActivatorNodeRef ?? null,
          props: wiring?.handleProps ?? props.earlyHandleProps,
          disabled: maximized,
        }}
      >
        {props.children}
      </Portlet>
    </div>
  );
}
