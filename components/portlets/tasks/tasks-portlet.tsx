"use client";
import { useCallback, useState } from "react";
import { Portlet } from "@/components/portal/portlet";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import type { TaskView } from "@/lib/shared/task";
import { AddTaskForm } from "./add-task-form";
import { TaskItem } from "./task-item";
import { addReply, upsertTask } from "./tasks-state";

const REPLIER: Record<string, string> = { setup: "Setup", inventory: "Inventory" };

/** The tour manager's portlet: add tasks and watch the crew's replies arrive. */
export function TasksPortlet({ initialTasks }: { initialTasks: TaskView[] }) {
  const [tasks, setTasks] = useState(initialTasks);
  const [announcement, setAnnouncement] = useState("");

  const onAdded = useCallback((task: TaskView) => setTasks((current) => upsertTask(current, task)), []);
  useSocketEvent("task:added", onAdded);
  useSocketEvent("task:reply", ({ taskId, reply }) => {
    setTasks((current) => addReply(current, taskId, reply));
    const task = tasks.find((t) => t.id === taskId);
    setAnnouncement(`${REPLIER[reply.from]} replied${task ? ` to ${task.name}` : ""}: ${reply.answer}`);
  });

  return (
    <Portlet title="Tasks" subtitle="Tour manager">
      <AddTaskForm onAdded={onAdded} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <h3 className="mb-2 mt-6 text-sm font-semibold uppercase tracking-wide text-slate-600">Setup tasks</h3>
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-600">No tasks yet. Add the first one above.</p>
      ) : (
        <ul aria-label="Setup tasks" className="space-y-2">
          {tasks.map((task) => (
            <TaskItem key={task.id} task={task} />
          ))}
        </ul>
      )}
    </Portlet>
  );
}
