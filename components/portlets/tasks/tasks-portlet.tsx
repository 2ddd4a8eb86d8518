"use client";
import { useCallback, useState } from "react";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import { secondaryButtonClass } from "@/components/ui/field";
import type { TaskView } from "@/lib/shared/task";
import { AddTaskForm } from "./add-task-form";
import { matchesFilters, type Filters } from "./match-filters";
import { TaskFilters } from "./task-filters";
import { TaskItem } from "./task-item";
import { addReply, upsertTask } from "./tasks-state";

const REPLIER: Record<string, string> = { setup: "Setup", inventory: "Inventory" };

/**
 * The tour manager's portlet: add tasks and watch the crew's replies arrive. The list
 * shows `pageSize` tasks at a time and opens on `defaultFilter` (the user's configuration).
 */
export function TasksPortlet(props: {
  initialTasks: TaskView[];
  showTrails: boolean;
  pageSize: number;
  defaultFilter: Filters["status"];
}) {
  const { initialTasks, showTrails, pageSize } = props;
  const [tasks, setTasks] = useState(initialTasks);
  const [announcement, setAnnouncement] = useState("");
  const [filters, setFiltersState] = useState<Filters>({ status: props.defaultFilter, query: "" });
  const [pages, setPages] = useState(1);
  const setFilters = (next: Filters) => {
    setFiltersState(next);
    setPages(1);
  };

  const onAdded = useCallback((task: TaskView) => setTasks((current) => upsertTask(current, task)), []);
  useSocketEvent("task:added", onAdded);
  useSocketEvent("task:reply", ({ taskId, reply }) => {
    setTasks((current) => addReply(current, taskId, reply));
    const task = tasks.find((t) => t.id === taskId);
    setAnnouncement(`${REPLIER[reply.from]} replied${task ? ` to ${task.name}` : ""}: ${reply.answer}`);
  });

  const matching = tasks.filter((task) => matchesFilters(task, filters));
  const shown = matching.slice(0, pages * pageSize);
  return (
    <>
      <AddTaskForm onAdded={onAdded} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="mt-6 mb-2 flex flex-wrap items-end justify-between gap-3">
        <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">Setup tasks</h3>
        <TaskFilters filters={filters} onChange={setFilters} />
      </div>
      {tasks.length === 0 ? (
        <p className="text-sm text-muted">No tasks yet. Add the first one above.</p>
      ) : matching.length === 0 ? (
        <p className="text-sm text-muted">No task matches the filter.</p>
      ) : (
        // Bounded and scrollable (so focusable): a long tour must not push the other portlets away.
        <ul aria-label="Setup tasks" tabIndex={0} className="relative max-h-[40rem] space-y-2 overflow-y-auto">
          {shown.map((task) => (
            <TaskItem key={task.id} task={task} showTrail={showTrails} />
          ))}
        </ul>
      )}
      {shown.length < matching.length ? (
        <div className="mt-2 flex items-center gap-3 text-sm text-muted">
          <span>
            {shown.length} of {matching.length} shown
          </span>
          <button type="button" onClick={() => setPages(pages + 1)} className={secondaryButtonClass}>
            Show more tasks
          </button>
        </div>
      ) : null}
    </>
  );
}
