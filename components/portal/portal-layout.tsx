"use client";
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import { arrayMove, rectSortingStrategy, SortableContext, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { resetLayoutAction } from "@/app/actions/reset-layout";
import { saveLayoutAction } from "@/app/actions/save-layout";
import type { PortalLayout } from "@/lib/shared/portal-layout";
import { withWindowState, type WindowState } from "@/lib/shared/window-state";
import { SortablePortlet } from "./sortable-portlet";
import { useToast } from "./toasts";

export type PortletSlot = { id: string; title: string; subtitle: string; wide: boolean; content: ReactNode };

/**
 * The portal's grid: portlets in the saved order, rearranged by dragging their handle
 * (pointer or keyboard: Space, arrows, Space), minimized, maximized (Esc restores).
 * Every change is shown at once and saved in the background.
 */
export function PortalLayoutView({ initialLayout, portlets }: { initialLayout: PortalLayout; portlets: PortletSlot[] }) {
  const [layout, setLayout] = useState(initialLayout);
  const [resetting, startReset] = useTransition();
  const notify = useToast();
  const byId = new Map(portlets.map((portlet) => [portlet.id, portlet]));
  const titleOf = (id: string | number) => byId.get(String(id))?.title ?? String(id);
  const maximized = layout.find((placement) => placement.state === "maximized")?.id;

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Saves run one after another, so a quick minimize-then-maximize cannot land out of order.
  const saving = useRef<Promise<void>>(Promise.resolve());
  function commit(next: PortalLayout): void {
    setLayout(next);
    saving.current = saving.current
      .then(() => saveLayoutAction(next))
      .then((result) => {
        if (!result.ok) notify(result.message, "error");
      })
      .catch(() => notify("The layout could not be saved.", "error"));
  }

  function changeState(id: string, state: WindowState): void {
    commit(withWindowState(layout, id, state));
  }

  function onDragEnd({ active, over }: DragEndEvent): void {
    if (!over || active.id === over.id) return;
    const from = layout.findIndex((placement) => placement.id === active.id);
    const to = layout.findIndex((placement) => placement.id === over.id);
    commit(arrayMove(layout, from, to));
  }

  useEffect(() => {
    if (!maximized) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      commit(withWindowState(layout, maximized!, "normal"));
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  function reset(): void {
    startReset(async () => {
      const result = await resetLayoutAction();
      if (!result.ok) return notify(result.message, "error");
      setLayout(result.value);
      notify("Layout reset.");
    });
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over ${titleOf(over.id)}.` : `${titleOf(active.id)} is no longer over a portlet.`,
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} was dropped at ${titleOf(over.id)}'s place.` : `${titleOf(active.id)} was dropped.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };

  return (
    <>
      <div className="mb-3 flex justify-end">
        <button
          type="button"
          onClick={reset}
          disabled={resetting}
          className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-fg shadow-sm hover:bg-subtle focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-60"
        >
          {resetting ? "Resetting…" : "Reset layout"}
        </button>
      </div>
      <DndContext
        id="portal-layout"
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              "To move a portlet, press Space or Enter. Use the arrow keys to move it, Space or Enter to drop it, Escape to cancel.",
          },
        }}
      >
        <SortableContext items={layout.map((placement) => placement.id)} strategy={rectSortingStrategy}>
          <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
            {layout.map((placement) => {
              const portlet = byId.get(placement.id);
              if (!portlet) return null;
              return (
                <SortablePortlet
                  key={placement.id}
                  id={placement.id}
                  title={portlet.title}
                  subtitle={portlet.subtitle}
                  wide={portlet.wide}
                  state={placement.state}
                  hidden={maximized !== undefined && maximized !== placement.id}
                  onStateChange={(state) => changeState(placement.id, state)}
                >
                  {portlet.content}
                </SortablePortlet>
              );
            })}
          </div>
        </SortableContext>
      </DndContext>
    </>
  );
}
