import { PortalLayoutView } from "@/components/portal/portal-layout";
import { UserMenu } from "@/components/auth/user-menu";
import { portletsFor } from "@/lib/features/portlet-registry";
import { ThemeToggle } from "@/components/portal/theme-toggle";
import { ToastProvider } from "@/components/portal/toasts";
import { ConnectionStatus } from "@/components/realtime/connection-status";
import { LiveSince } from "@/components/realtime/live-since";
import { PageTitle } from "@/components/ui/page-title";
import { requireSignedIn } from "@/lib/server/auth/session";
import { getLayout } from "@/lib/server/portal/get-layout";
import { latestEventSeq } from "@/lib/server/realtime/events-since";

// The portal shows live data: render per request, never at build time.
export const dynamic = "force-dynamic";

export default async function PortalPage() {
  const user = await requireSignedIn();
  // Only the portlets the user's role may see are loaded at all, not just hidden.
  const visible = portletsFor(user.role);
  // Read first: anything logged after it is replayed to the page on connect, so
  // nothing that happens while the page renders is missed (duplicates are merged).
  const seq = await latestEventSeq();
  const [layout, ...contents] = await Promise.all([
    getLayout(
      user.id,
      visible.map((portlet) => portlet.id),
    ),
    ...visible.map((portlet) => portlet.load(user)),
  ]);
  const portlets = visible.map((portlet, index) => ({
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
          <PageTitle subtitle="tour portal" />
          <div className="flex flex-wrap items-center gap-4">
            <ConnectionStatus />
            <ThemeToggle />
            <UserMenu user={user} />
          </div>
        </header>
        <main>
          <PortalLayoutView initialLayout={layout} portlets={portlets} />
        </main>
      </div>
    </ToastProvider>
  );
}
