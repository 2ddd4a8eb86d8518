import { PortalLayoutView } from "@/components/portal/portal-layout";
import { PORTLET_IDS, PORTLETS } from "@/components/portal/portlet-registry";
import { ThemeToggle } from "@/components/portal/theme-toggle";
import { ToastProvider } from "@/components/portal/toasts";
import { ConnectionStatus } from "@/components/realtime/connection-status";
import { LiveSince } from "@/components/realtime/live-since";
import { getLayout } from "@/lib/server/portal/get-layout";
import { latestEventSeq } from "@/lib/server/realtime/events-since";

// The portal shows live data: render per request, never at build time.
export const dynamic = "force-dynamic";

export default async function PortalPage() {
  // Read first: anything logged after it is replayed to the page on connect, so
  // nothing that happens while the page renders is missed (duplicates are merged).
  const seq = await latestEventSeq();
  const [layout, ...contents] = await Promise.all([getLayout(PORTLET_IDS), ...PORTLETS.map((portlet) => portlet.load())]);
  const portlets = PORTLETS.map((portlet, index) => ({
    id: portlet.id,
    title: portlet.title,
    subtitle: portlet.subtitle,
    wide: portlet.wide ?? false,
    content: contents[index],
  }));
  return (
    <ToastProvider>
      <div className="mx-auto max-w-7xl p-4 sm:p-6">
        <LiveSince seq={seq} />
        <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">
            tourbus <span className="text-base font-normal text-muted">tour portal</span>
          </h1>
          <div className="flex items-center gap-4">
            <ConnectionStatus />
            <ThemeToggle />
          </div>
        </header>
        <main>
          <PortalLayoutView initialLayout={layout} portlets={portlets} />
        </main>
      </div>
    </ToastProvider>
  );
}
