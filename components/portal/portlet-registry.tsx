import "server-only";
import type { ReactNode } from "react";
import { InventoryPortlet } from "@/components/portlets/inventory/inventory-portlet";
import { LazyMessageBusPanel } from "@/components/portlets/message-bus/lazy-message-bus-panel";
import { SetupPortlet } from "@/components/portlets/setup/setup-portlet";
import { TasksPortlet } from "@/components/portlets/tasks/tasks-portlet";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import { destinations } from "@/lib/server/bus/destinations";
import { can, mayReadPortlet } from "@/lib/server/bus/permissions";
import { configured, type PortletConfig, type PortletConfigSpec } from "@/lib/shared/portlet-config";
import { messageBusConfig } from "@/lib/shared/portlet-config-message-bus";
import { TASKS_CONFIG } from "@/lib/shared/portlet-config-tasks";
import type { Role } from "@/lib/shared/roles";
import { inspectorSnapshot } from "@/lib/server/bus/inspector-snapshot";
import { listCrew } from "@/lib/server/crew/list-crew";
import { listGear } from "@/lib/server/inventory/list-gear";
import { listActivity } from "@/lib/server/listener-activity/list-activity";
import { latestProgress } from "@/lib/server/setup/latest-progress";
import { listTasks } from "@/lib/server/tasks/list-tasks";

export type PortletDefinition = {
  /** Stable: saved layouts refer to it. Lower-case kebab-case. */
  id: string;
  /** The title bar's text and the portlet's accessible name. */
  title: string;
  subtitle: string;
  /** Spans two columns on wide screens. */
  wide?: boolean;
  /** Its Configuration dialog: schema, defaults, fields (see configured()); the title only when absent. */
  config?: PortletConfigSpec;
  /** Loads the portlet's first data on the server and renders its body for `user`, as `config` asks. */
  load: (user: SignedInUser, config: PortletConfig) => Promise<ReactNode>;
};

const [firstDestination, ...otherDestinations] = Object.keys(destinations);

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
    ...configured(TASKS_CONFIG, async (user: SignedInUser, config) => (
      <TasksPortlet
        initialTasks={await listTasks()}
        showTrails={can(user.role, "bus:inspect")}
        pageSize={config.pageSize}
        defaultFilter={config.defaultFilter}
      />
    )),
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
    ...configured(messageBusConfig([firstDestination!, ...otherDestinations]), async (_user: SignedInUser, config) => {
      const { recent, deadLetters, stats } = await inspectorSnapshot();
      return <LazyMessageBusPanel recent={recent} deadLetters={deadLetters} stats={stats} destinations={config.destinations} />;
    }),
  },
];

/** The portlets a role may see (lib/server/bus/permissions.ts), in registry order. */
export function portletsFor(role: Role): PortletDefinition[] {
  return PORTLETS.filter((portlet) => mayReadPortlet(role, portlet.id));
}

export function portletIdsFor(role: Role): string[] {
  return portletsFor(role).map((portlet) => portlet.id);
}
