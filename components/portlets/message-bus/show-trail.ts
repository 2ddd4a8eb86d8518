"use client";

/**
 * How another portlet asks the Message Bus portlet to show a task's trail: a window
 * event, so the Tasks portlet needs nothing of the Message Bus portlet's code.
 */
export const SHOW_TRAIL_EVENT = "tourbus:show-trail";

export type ShowTrailDetail = { taskId: string };

export function showTrail(taskId: string): void {
  window.dispatchEvent(new CustomEvent<ShowTrailDetail>(SHOW_TRAIL_EVENT, { detail: { taskId } }));
}
