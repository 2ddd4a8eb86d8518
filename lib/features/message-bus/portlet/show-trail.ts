"use client";

/**
 * How another portlet asks the Message Bus portlet to show a task's trail: a window
 * event, so the Tasks portlet needs nothing of the Message Bus portlet's code.
 */
export const SHOW_TRAIL_EVENT = "tourbus:show-trail";

/** `opener`: what had focus when the trail was asked for (the "Trail" button); it gets focus back on close. */
export type ShowTrailDetail = { taskId: string; opener?: HTMLElement };

/**
 * The Message Bus portlet's code arrives after the page is interactive
 * (lazy-message-bus-panel.tsx): a request made before it listens waits here for it.
 */
let listeners = 0;
let waiting: ShowTrailDetail | undefined;

export function showTrail(taskId: string): void {
  const opener = focusedElement();
  const detail: ShowTrailDetail = opener ? { taskId, opener } : { taskId };
  if (listeners === 0) waiting = detail;
  window.dispatchEvent(new CustomEvent<ShowTrailDetail>(SHOW_TRAIL_EVENT, { detail }));
}

/** Listens for trail requests, starting with one made before anyone listened; returns the unsubscribe. */
export function onShowTrail(listener: (detail: ShowTrailDetail) => void): () => void {
  const onEvent = (event: Event) => listener((event as CustomEvent<ShowTrailDetail>).detail);
  window.addEventListener(SHOW_TRAIL_EVENT, onEvent);
  listeners += 1;
  const early = waiting;
  waiting = undefined;
  if (early) listener(early);
  return () => {
    window.removeEventListener(SHOW_TRAIL_EVENT, onEvent);
    listeners -= 1;
  };
}

/** What has focus, when it is something to hand focus back to (not the page itself). */
function focusedElement(): HTMLElement | undefined {
  if (typeof document === "undefined") return undefined;
  const focused = document.activeElement;
  return focused instanceof HTMLElement && focused !== document.body ? focused : undefined;
}
