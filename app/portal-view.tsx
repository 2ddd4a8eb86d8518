import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PortalLayoutView } from "@/components/portal/portal-layout";
import { UserMenu } from "@/components/auth/user-menu";
import { NotificationsBell } from "@/components/portal/notifications-bell";
import { PageBar } from "@/components/portal/page-bar";
import { portletsFor } from "@/lib/features/portlet-registry";
import { ThemeToggle } from "@/components/portal/theme-toggle";
import { ToastProvider } from "@/components/portal/toasts";
import { ConnectionStatus } from "@/components/realtime/connection-status";
import { LiveSince } from "@/components/realtime/live-since";
import { PageTitle } from "@/components/ui/page-title";
import { can } from "@/lib/server/access/permissions";
import { ClientMessages } from "@/lib/server/i18n/client-messages";
import { requireSignedIn } from "@/lib/server/auth/session";
import { countUnread } from "@/lib/server/notifications/count-unread";
import { pageLayout } from "@/lib/server/portal/page-layout";
import { listPages } from "@/lib/server/portal/pages/list-pages";
import { portletWords } from "@/lib/server/portal/portlet-words";
import { latestEventSeq } from "@/lib/server/realtime/events-since";
import { readPortletConfig, TITLE_ONLY_CONFIG } from "@/lib/shared/portlet-config";
import type { PortletConfigValues } from "@/lib/shared/portlet-config-view";

/** What the portal's client components read: its chrome, the bell, and every portlet's words (responders' labels included). */
const PORTAL_MESSAGES = ["portal", "notifications", "portlets", "replies", "tasks", "setup", "inventory", "messageBus", "gear"];

/**
 * One of the user's portal pages: `slug` names it (/p/<slug>), none is the first (/).
 * Each page has its own portlets, template and portlet configuration.
 */
export async function PortalView({ slug }: { slug?: string }) {
  const user = await requireSignedIn();
  // Only the portlets the user's role may see are known to the page at all.
  const permitted = portletsFor(user.role);
  const ids = permitted.map((portlet) => portlet.id);
  // Read first: anything logged after it is replayed to the page on connect, so
  // nothing that happens while the page renders is missed (duplicates are merged).
  const seq = await latestEventSeq();
  const notify = can(user.role, "tasks:add");
  const [rows, unread, wordsOf, t] = await Promise.all([
    listPages(user, ids),
    notify ? countUnread(user.id) : 0,
    portletWords(),
    getTranslations("portal"),
  ]);
  const row = slug === undefined ? rows[0] : rows.find((candidate) => candidate.slug === slug);
  if (!row) notFound();
  const pages = rows.map(({ id, slug: address, name }) => ({ id, slug: address, name }));
  const { page, config: savedConfig } = pageLayout(row, ids);
  const placed = new Set(page.portlets.map((placement) => placement.id));
  const configs = permitted.map((portlet) => readPortletConfig(portlet.config ?? TITLE_ONLY_CONFIG, savedConfig[portlet.id]));
  // Only placed portlets load their data; a removed one loads when it is added back.
  const contents = await Promise.all(
    permitted.map((portlet, index) => (placed.has(portlet.id) ? portlet.load(user, configs[index]!) : null)),
  );
  const portlets = permitted.map((portlet, index) => ({
    ...wordsOf({ ...portlet, fields: (portlet.config ?? TITLE_ONLY_CONFIG).fields }),
    wide: portlet.wide ?? false,
    content: contents[index],
    config: configs[index] as PortletConfigValues,
    // The title is chrome: renaming a portlet must not remount its body (and lose what is typed there).
    configKey: JSON.stringify({ ...configs[index], title: undefined }),
  }));
  return (
    <ClientMessages namespaces={PORTAL_MESSAGES}>
      <ToastProvider>
        <div className="mx-auto max-w-7xl p-4 sm:p-6">
          <LiveSince seq={seq} />
          {/* On a phone: the title, then one line of controls (the account menu folds), so the first field is near the top. */}
          <header className="mb-3 flex flex-wrap items-center justify-between gap-2 sm:mb-4 sm:gap-3">
            <PageTitle subtitle={t("subtitle")} />
            <div className="flex flex-wrap items-center gap-2 sm:gap-4">
              <ConnectionStatus />
              {notify ? <NotificationsBell initialUnread={unread} /> : null}
              <ThemeToggle />
              <UserMenu user={user} />
            </div>
          </header>
          {/*
          One flex line: the page links, then the page's tools (PortalLayoutView's toolbar), so even a
          phone shows them on one line; the rule and the grid below take the whole width. The links stay
          outside the keyed layout, so "Manage pages" stays open when a move changes the first page.
        */}
          <main className="flex flex-wrap items-center gap-x-2 gap-y-2">
            <PageBar pages={pages} current={row.id} />
            {/* Keyed by page: moving to another page starts its layout afresh. */}
            <PortalLayoutView key={row.id} pageId={row.id} initialPage={page} portlets={portlets} />
          </main>
        </div>
      </ToastProvider>
    </ClientMessages>
  );
}
