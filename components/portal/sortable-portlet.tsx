"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ReactNode } from "react";
import type { WindowState } from "@/lib/shared/window-state";
import { Portlet } from "./portlet";

/** A portlet in the layout's grid: sortable by its handle, sized by its window state. */
export function SortablePortlet(props: {
  id: string;
  title: string;
  subtitle: string;
  wide: boolean;
  state: WindowState;
  /** Another portlet is maximized: this one steps aside (hidden, still mounted). */
  hidden: boolean;
  onStateChange: (state: WindowState) => void;
  children: ReactNode;
}) {
  const maximized = props.state === "maximized";
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: props.id,
    disabled: maximized,
  });
  const span = props.wide || maximized ? "lg:col-span-2" : "";
  return (
    <div
      ref={setNodeRef}
      hidden={props.hidden}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`${span} ${maximized ? "min-h-[calc(100vh-9rem)]" : ""} ${isDragging ? "relative z-10 opacity-80" : ""}`}
    >
      <Portlet
        id={props.id}
        title={props.title}
        subtitle={props.subtitle}
        state={props.state}
        onStateChange={props.onStateChange}
        drag={{ ref: setActivatorNodeRef, props: { ...attributes, ...listeners }, disabled: maximized }}
      >
        {props.children}
      </Portlet>
    </div>
  );
}
