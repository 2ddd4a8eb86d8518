import "server-only";
import { can } from "@/lib/server/access/permissions";
import { configured } from "@/lib/shared/portlet-config";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import type { PlugIn } from "../feature";
import { TASKS_CONFIG } from "./config";
import { TasksPortlet } from "./portlet/tasks-portlet";
import { listGear } from "@/lib/features/inventory/server/list-gear";
import { listTasks } from "./server/list-tasks";

export const plugIn = {
  // "Trail" opens the Message Bus portlet, so only those who may see it get the button.
  ...configured(TASKS_CONFIG, async (user: SignedInUser, config) => (
    <TasksPortlet
      // A new configuration starts the list afresh (its first page is loaded for it).
      key={`${config.pageSize}:${config.defaultFilter}`}
      // The first page as the user configured it: as many tasks, opened on their filter.
      initialPage={await listTasks({ limit: config.pageSize, status: config.defaultFilter })}
      initialStock={await listGear()}
      showTrails={can(user.role, "bus:inspect")}
      // The form only for those who may add tasks (tasks:add, which an admin can take away).
      canAdd={can(user.role, "tasks:add")}
      pageSize={config.pageSize}
      defaultFilter={config.defaultFilter}
    />
  )),
} satisfies PlugIn;
