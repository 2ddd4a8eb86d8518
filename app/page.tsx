import { ConnectionStatus } from "@/components/realtime/connection-status";
import { LiveSince } from "@/components/realtime/live-since";
import { ActivityPortlet } from "@/components/portlets/activity/activity-portlet";
import { MessageBusPanel } from "@/components/portlets/message-bus/message-bus-panel";
import { TasksPortlet } from "@/components/portlets/tasks/tasks-portlet";
import { Portlet } from "@/components/portal/portlet";
import { inspectorSnapshot } from "@/lib/server/bus/inspector-snapshot";
import { listActivity } from "@/lib/server/listener-activity/list-activity";
import { latestEventSeq } from "@/lib/server/realtime/events-since";
import { listTasks } from "@/lib/server/tasks/list-tasks";

// The portal shows live data: render per request, never at build time.
export const dynamic = "force-dynamic";

export default async function PortalPage() {
  // Read first: anything logged after it is replayed to the page on connect, so
  // nothing that happens while the page renders is missed (duplicates are merged).
  const seq = await latestEventSeq();
  const [tasks, setup, inventory, bus] = await Promise.all([
    listTasks(),
    listActivity("setup"),
    listActivity("inventory"),
    inspectorSnapshot(),
  ]);
  return (
    <div className="mx-auto max-w-7xl p-4 sm:p-6">
      <LiveSince seq={seq} />
      <header className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">
          tourbus <span className="text-base font-normal text-slate-600">tour portal</span>
        </h1>
        <ConnectionStatus />
      </header>
      <main className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2 lg:row-span-2">
          <TasksPortlet initialTasks={tasks} />
        </div>
        <ActivityPortlet
          listener="setup"
          title="Setup"
          subtitle="Roadies"
          emptyText="No setup requests yet."
          initialActivity={setup}
        />
        <ActivityPortlet
          listener="inventory"
          title="Inventory"
          subtitle="Inventory manager"
          emptyText="No inventory checks yet."
          initialActivity={inventory}
        />
        <div className="lg:col-span-3">
          <Portlet title="Message Bus" subtitle="Admin">
            <MessageBusPanel recent={bus.recent} deadLetters={bus.deadLetters} stats={bus.stats} />
          </Portlet>
        </div>
      </main>
    </div>
  );
}
