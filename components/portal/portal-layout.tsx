"use client";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { resetLayoutAction } from "@/app/actions/reset-layout";
import { saveLayoutAction } from "@/app/actions/save-layout";
import type { PortalLayout } from "@/lib/shared/portal-layout";
import { withWindowState, type WindowState } from "@/lib/shared/window-state";
import { PortletFrame } from "./portlet-frame";
import { useToast } from "./toasts";
import { useSortableLayer } from "./use-sortable-layer";

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
  const sortable = useSortableLayer();
  const byId = new Map(portlets.map((portlet) => [portlet.id, portlet]));
  const maximized = layout.find((placement) => placement.state === "maximized")?.id;

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

  function move(id: string, overId: string): void {
    const from = layout.findIndex((placement) => placement.id === id);
    const to = layout.findIndex((placement) => placement.id === overId);
    if (from < 0 || to < 0) return;
    const next = [...layout];
    next.splice(to, 0, ...next.splice(from, 1));
    commit(next);
  }

  // The sortable layer is memoized: it gets stable props, and calls the latest move.
  const latestMove = useRef(move);
  useLayoutEffect(() => {
    latestMove.current = move;
  });
  const onMove = useCallback((id: string, overId: string) => latestMove.current(id, overId), []);
  const sortableItems = useMemo(
    () =>
      layout.flatMap((placement) => {
        const portlet = portlets.find((candidate) => candidate.id === placement.id);
        return portlet ? [{ id: placement.id, title: portlet.title, disabled: placement.state === "maximized" }] : [];
      }),
    [layout, portlets],
  );

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
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        {layout.map((placement) => {
          const portlet = byId.get(placement.id);
          if (!portlet) return null;
          return (
            <PortletFrame
              key={placement.id}
              id={placement.id}
              title={portlet.title}
              subtitle={portlet.subtitle}
              wide={portlet.wide}
              state={placement.state}
              hidden={maximized !== undefined && maximized !== placement.id}
              onStateChange={(state) => changeState(placement.id, state)}
              wiring={sortable.wirings.get(placement.id)}
              earlyHandleProps={sortable.earlyHandleProps(placement.id)}
            >
              {portlet.content}
            </PortletFrame>
          );
        })}
      </div>
      {sortable.Layer ? (
        <sortable.Layer items={sortableItems} onMove={onMove} onWiring={sortable.onWiring} />
      ) : null}
    </>
  );
}
