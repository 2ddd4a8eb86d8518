/** Zod-free, so the browser's layout code does not pull in the schemas. */
export const WINDOW_STATES = ["normal", "minimized", "maximized"] as const;
export type WindowState = (typeof WINDOW_STATES)[number];

/** Sets one portlet's window state; maximizing one restores any other maximized one. */
export function withWindowState<P extends { id: string; state: WindowState }>(
  layout: readonly P[],
  id: string,
  state: WindowState,
): P[] {
  return layout.map((placement) => {
    if (placement.id === id) return { ...placement, state };
    if (state === "maximized" && placement.state === "maximized") return { ...placement, state: "normal" };
    return placement;
  });
}
