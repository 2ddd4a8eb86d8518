"use client";
import { useCallback, useEffect, useRef, useState, type ComponentType, type HTMLAttributes } from "react";
import type { SortableWiring } from "./portlet-frame";
import type { SortableLayerProps } from "./sortable-layer";

type Layer = ComponentType<SortableLayerProps>;

let loading: Promise<Layer> | undefined;

/** Fetches the layer once per page; if the fetch fails, the next press tries again. */
function loadLayer(): Promise<Layer> {
  loading ??= import("./sortable-layer").then((module) => module.default);
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** A press on a handle before dnd-kit was there, to be replayed on it once it is. */
type EarlyPress = { id: string; handle: HTMLElement; replay: () => Event; stillWanted: () => boolean };

/**
 * Loads the sortable layer (dnd-kit) right after hydration instead of before it, and
 * keeps what it gives each portlet. A handle pressed in the moment before it arrives
 * (Space/Enter, or a pointer held down) is not lost: the press is replayed on that
 * handle as soon as dnd-kit listens there, so the drag starts as it would have.
 */
export function useSortableLayer() {
  const [Layer, setLayer] = useState<Layer>();
  const [wirings, setWirings] = useState<ReadonlyMap<string, SortableWiring>>(() => new Map());
  const early = useRef<EarlyPress | undefined>(undefined);

  const load = useCallback(() => {
    loadLayer().then(
      (layer) => setLayer(() => layer),
      (error: unknown) => console.error("tourbus: rearranging portlets could not be loaded", error),
    );
  }, []);
  useEffect(load, [load]);

  const onWiring = useCallback(
    (id: string, wiring: SortableWiring) => setWirings((current) => new Map(current).set(id, wiring)),
    [],
  );

  // After the commit that put dnd-kit's listeners on the pressed handle.
  useEffect(() => {
    const press = early.current;
    if (!press || !wirings.has(press.id)) return;
    early.current = undefined;
    if (press.handle.isConnected && press.stillWanted()) press.handle.dispatchEvent(press.replay());
  }, [wirings]);

  const earlyHandleProps = useCallback(
    (id: string): HTMLAttributes<HTMLButtonElement> => ({
      onKeyDown(event) {
        // dnd-kit's KeyboardSensor starts on these codes.
        if (event.code !== "Space" && event.code !== "Enter") return;
        event.preventDefault();
        const { code, key } = event.nativeEvent;
        const handle = event.currentTarget;
        early.current = {
          id,
          handle,
          replay: () => new KeyboardEvent("keydown", { code, key, bubbles: true, cancelable: true }),
          stillWanted: () => document.activeElement === handle,
        };
        load();
      },
      onPointerDown(event) {
        // dnd-kit's PointerSensor starts on these only.
        if (!event.isPrimary || event.button !== 0) return;
        const { clientX, clientY, screenX, screenY, pointerId, pointerType } = event.nativeEvent;
        let released = false;
        window.addEventListener("pointerup", () => (released = true), { once: true });
        early.current = {
          id,
          handle: event.currentTarget,
          replay: () =>
            new PointerEvent("pointerdown", {
              ...{ clientX, clientY, screenX, screenY, pointerId, pointerType },
              isPrimary: true,
              button: 0,
              buttons: 1,
              bubbles: true,
              cancelable: true,
            }),
          stillWanted: () => !released,
        };
        load();
      },
    }),
    [load],
  );

  return { Layer, wirings, onWiring, earlyHandleProps };
}
