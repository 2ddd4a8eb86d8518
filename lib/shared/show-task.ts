/**
 * Links to one task from anywhere on the portal (a toast, the bell): `#task-<id>`,
 * which the Tasks portlet follows — scrolling to the task when it holds it, else
 * searching for it — so a link works even when the task is not on the list's page.
 */
const PREFIX = "#task-";
const EVENT = "tourbus:show-task";

export type ShowTaskRequest = { taskId: string; taskName: string };

/** The id of a task's list item, and what its links point at. */
export function taskAnchor(taskId: string): string {
  return `task-${taskId}`;
}

export function taskHref(taskId: string): string {
  return `${PREFIX}${taskId}`;
}

/** How many Tasks portlets on this page follow links: none on a page without one. */
let followers = 0;

/**
 * Asks the Tasks portlet to show the task (a click on a link calls this; the hash is set
 * for a reload). On a page without the portlet the link goes on to /task/<id>, which
 * opens the first of the user's pages that has it, at the task: the link once did nothing.
 */
export function showTask(request: ShowTaskRequest): void {
  if (followers === 0) return window.location.assign(`/task/${encodeURIComponent(request.taskId)}`);
  window.history.replaceState(null, "", taskHref(request.taskId));
  window.dispatchEvent(new CustomEvent<ShowTaskRequest>(EVENT, { detail: request }));
}

/** The Tasks portlet's side: called with each request; returns the unsubscribe. */
export function onShowTask(handler: (request: ShowTaskRequest) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<ShowTaskRequest>).detail);
  window.addEventListener(EVENT, listener);
  followers += 1;
  return () => {
    window.removeEventListener(EVENT, listener);
    followers -= 1;
  };
}

/** The task a page was opened at (`/#task-<id>`), if any. */
export function taskInHash(hash: string): string | undefined {
  return hash.startsWith(PREFIX) && hash.length > PREFIX.length ? decodeURIComponent(hash.slice(PREFIX.length)) : undefined;
}
