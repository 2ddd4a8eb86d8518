"use client";
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type KeyboardSensorOptions,
  type PointerSensorOptions,
} from "@dnd-kit/core";
import { rectSortingStrategy, SortableContext, sortableKeyboardCoordinates, useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import { memo, useLayoutEffect, useMemo } from "react";
import type { SortableWiring } from "./portlet-frame";

export type SortableLayerProps = {
  /** In layout order. `disabled`: maximized, so it cannot be dragged. */
  items: { id: string; title: string; disabled: boolean }[];
  /** A portlet was dropped on another's place. */
  onMove: (id: string, overId: string) => void;
  /** Called whenever a portlet's wiring changes; the layout renders it on that portlet. */
  onWiring: (id: string, wiring: SortableWiring) => void;
};

// Constants, not literals: useSensor memoizes on them, and new sensors each render would
// give every handle new listeners, so new wiring, so a new render of the layout.
// A few pixels of travel before a drag starts, so a click on the handle stays a click.
const POINTER: PointerSensorOptions = { activationConstraint: { distance: 5 } };
const KEYBOARD: KeyboardSensorOptions = { coordinateGetter: sortableKeyboardCoordinates };

/**
 * dnd-kit for the portal's grid, loaded after the page is interactive (it is a sixth
 * of the page's script). It renders no markup of its own in the grid: each portlet's
 * useSortable runs here and is handed to its frame, so the portlets — and what is
 * typed in them — stay mounted when this layer arrives. dnd-kit's instructions and
 * live region are portalled to <body>, as they always were.
 *
 * Memoized, with stable props from the layout: a frame's new wiring re-renders the
 * layout, and that must not re-render this layer (whose bindings would report again).
 */
function SortableLayer({ items, onMove, onWiring }: SortableLayerProps) {
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));
  const titles = new Map(items.map((item) => [item.id, item.title]));
  const titleOf = (id: string | number) => titles.get(String(id)) ?? String(id);
  const t = useTranslations("portal.dragging");

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("pickedUp", { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("over", { title: titleOf(active.id), other: titleOf(over.id) }) : t("notOver", { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t("droppedAt", { title: titleOf(active.id), other: titleOf(over.id) }) : t("dropped", { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t("cancelled", { title: titleOf(active.id) }),
  };

  return (
    <DndContext
      id="portal-layout"
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={({ active, over }) => {
        if (over && active.id !== over.id) onMove(String(active.id), String(over.id));
      }}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: t("instructions"),
        },
      }}
    >
      <SortableContext items={items.map((item) => item.id)} strategy={rectSortingStrategy}>
        {items.map((item) => (
          <SortableBinding key={item.id} id={item.id} disabled={item.disabled} onWiring={onWiring} />
        ))}
      </SortableContext>
    </DndContext>
  );
}

export default memo(SortableLayer);

/** One portlet's useSortable, reported to its frame whenever any of it changes. */
function SortableBinding({
  id,
  disabled,
  onWiring,
}: {
  id: string;
  disabled: boolean;
  onWiring: SortableLayerProps["onWiring"];
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled,
  });
  const handleProps = useMemo(() => ({ ...attributes, ...listeners }), [attributes, listeners]);
  const transformCss = CSS.Translate.toString(transform);
  // A layout effect, so a moved portlet is redrawn before the browser paints.
  useLayoutEffect(() => {
    onWiring(id, { setNodeRef, setActivatorNodeRef, handleProps, transform: transformCss, transition, isDragging });
  }, [id, onWiring, setNodeRef, setActivatorNodeRef, handleProps, transformCss, transition, isDragging]);
  return null;
}
