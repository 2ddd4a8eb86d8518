import { PortalView } from "./portal-view";

// The portal shows live data: render per request, never at build time.
export const dynamic = "force-dynamic";

/** The portal: the user's first page. */
export default function PortalPage() {
  return <PortalView />;
}
