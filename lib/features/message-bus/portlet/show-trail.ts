"use client";

/**
 * How another portlet asks the Message Bus portlet to show a task's trail: a window
 * event, so the Tasks portlet needs nothing of the Message Bus portlet's code.
 */
export const SHOW_TRAIL_EVENT = "tourbus:show-trail";

export type ShowTrailDetail = { taskId: string };

/**
 * The Message Bus portlet's code arrives after the page is interactive
 * (lazy-message-bus-panel.tsx): a request made before it listens waits here for it.
 */
let listeners = 0;
let waiting: ShowTrailDetail | undefined;

export function showTrail(taskId: string): void {
  if (listeners === 0) waiting = { taskId };
  window.dispatchEvent(new CustomEvent<ShowTrailDetail>(SHOW_TRAIL_EVENT, { detail: { taskId } }));
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
