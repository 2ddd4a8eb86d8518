import "server-only";
import { can } from "@/lib/server/access/permissions";
import type { PortletDefinition } from "../portlet";
import { TasksPortlet } from "./portlet/tasks-portlet";
import { listGear } from "@/lib/features/inventory/server/list-gear";
import { listTasks } from "./server/list-tasks";

export const tasksPortlet = {
  id: "tasks",
  title: "Tasks",
  subtitle: "Tour manager",
  permission: "tasks:read",
  wide: true,
  // "Trail" opens the Message Bus portlet, so only those who may see it get the button.
  load: async (user) => (
    <TasksPortlet initialPage={await listTasks()} initialStock={listGear()} showTrails={can(user.role, "bus:inspect")} />
  ),
} as const satisfies PortletDefinition;
