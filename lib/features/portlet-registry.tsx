import "server-only";
import type { ReactNode } from "react";
import { InventoryPortlet } from "@/lib/features/inventory/portlet/inventory-portlet";
import { LazyMessageBusPanel } from "@/lib/features/message-bus/portlet/lazy-message-bus-panel";
import { SetupPortlet } from "@/lib/features/setup/portlet/setup-portlet";
import { TasksPortlet } from "@/lib/features/tasks/portlet/tasks-portlet";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import { can, mayReadPortlet } from "@/lib/server/access/permissions";
import type { Role } from "@/lib/shared/roles";
import { inspectorSnapshot } from "@/lib/features/message-bus/server/inspector-snapshot";
import { listCrew } from "@/lib/server/crew/list-crew";
import { listGear } from "@/lib/features/inventory/server/list-gear";
import { listActivity } from "@/lib/features/listener-activity/server/list-activity";
import { latestProgress } from "@/lib/features/setup/server/latest-progress";
import { listTasks } from "@/lib/features/tasks/server/list-tasks";

export type PortletDefinition = {
  /** Stable: saved layouts refer to it. Lower-case kebab-case. */
  id: string;
  /** The title bar's text and the portlet's accessible name. */
  title: string;
  subtitle: string;
  /** Spans two columns on wide screens. */
  wide?: boolean;
  /** Loads the portlet's first data on the server and renders its body for `user`. */
  load: (user: SignedInUser) => Promise<ReactNode>;
};

/**
 * Every portlet the portal can show, in default order. Adding a portlet is adding an
 * entry: the layout, its saving and its chrome follow from this list.
 */
export const PORTLETS: readonly PortletDefinition[] = [
  {
    id: "tasks",
    title: "Tasks",
    subtitle: "Tour manager",
    wide: true,
    load: async (user) => <TasksPortlet initialTasks={await listTasks()} showTrails={can(user.role, "bus:inspect")} />,
  },
  {
    id: "setup",
    title: "Setup",
    subtitle: "Roadies",
    load: async () => {
      const [activity, crew] = await Promise.all([listActivity("setup"), listCrew("roadie")]);
      const progress = await latestProgress(activity.map((entry) => entry.requestId));
      return <SetupPortlet initialActivity={activity} initialProgress={progress} crew={crew} />;
    },
  },
  {
    id: "inventory",
    title: "Inventory",
    subtitle: "Inventory manager",
    load: async () => {
      const [stock, activity] = await Promise.all([listGear(), listActivity("inventory")]);
      return <InventoryPortlet initialStock={stock} initialActivity={activity} />;
    },
  },
  {
    id: "message-bus",
    title: "Message Bus",
    subtitle: "Admin",
    wide: true,
    load: async () => {
      const { recent, deadLetters, stats } = await inspectorSnapshot();
      return <LazyMessageBusPanel recent={recent} deadLetters={deadLetters} stats={stats} />;
    },
  },
];

/** The portlets a role may see (lib/server/access/permissions.ts), in registry order. */
export function portletsFor(role: Role): PortletDefinition[] {
  return PORTLETS.filter((portlet) => mayReadPortlet(role, portlet.id));
}

export function portletIdsFor(role: Role): string[] {
  return portletsFor(role).map((portlet) => portlet.id);
}
