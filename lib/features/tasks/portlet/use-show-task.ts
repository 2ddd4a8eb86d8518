"use client";
import { useEffect, useRef, useState } from "react";
import type { TaskView } from "@/lib/shared/task";
import type { TaskFilters } from "@/lib/shared/task-page";
import { onShowTask, taskAnchor, taskInHash, type ShowTaskRequest } from "@/lib/shared/show-task";

/** How long a task followed to stays marked. */
const HIGHLIGHT_MS = 4000;

/**
 * Follows links to a task (a toast's or the bell's, or `/#task-<id>` on load): scrolls to
 * it and focuses it when the list shows it; otherwise searches for it by name — the
 * server's search reaches every task, not only this page of the list — and scrolls to it
 * once it is shown. Returns the task to mark.
 */
export function useShowTask(options: {
  shown: readonly TaskView[];
  /** Called to search for a task the list does not show. */
  search: (filters: TaskFilters) => void;
}): string | undefined {
  const { shown, search } = options;
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [highlighted, setHighlighted] = useState<string | undefined>(undefined);
  const latest = useRef({ shown, search });
  latest.current = { shown, search };

  useEffect(() => {
    function follow(request: ShowTaskRequest): void {
      setTarget(request.taskId);
      if (!latest.current.shown.some((task) => task.id === request.taskId))
        latest.current.search({ query: request.taskName, status: "all" });
    }
    const fromHash = taskInHash(window.location.hash);
    if (fromHash && !latest.current.shown.some((task) => task.id === fromHash)) {
      // Opened at a link to a task this page of the list does not hold: its name, to search for, is the server's.
      void fetch(`/api/tasks/${encodeURIComponent(fromHash)}`, { headers: { accept: "application/json" } })
        .then((response) => (response.ok ? (response.json() as Promise<TaskView>) : undefined))
        .then((task) => task && follow({ taskId: task.id, taskName: task.name }))
        .catch(() => undefined);
    } else if (fromHash) setTarget(fromHash);
    return onShowTask(follow);
  }, []);

  useEffect(() => {
    if (!target || !shown.some((task) => task.id === target)) return;
    const element = document.getElementById(taskAnchor(target));
    if (!element) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
    element.focus({ preventScroll: true });
    setHighlighted(target);
    setTarget(undefined);
  }, [target, shown]);

  useEffect(() => {
    if (!highlighted) return;
    const timer = window.setTimeout(() => setHighlighted(undefined), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [highlighted]);

  return highlighted;
}
