import "server-only";
import { configured } from "@/lib/shared/portlet-config";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import type { PortletDefinition } from "../portlet";
import { destinations } from "../wiring";
import { messageBusConfig } from "./config";
import { LazyMessageBusPanel } from "./portlet/lazy-message-bus-panel";
import { inspectorSnapshot } from "./server/inspector-snapshot";

const [firstDestination, ...otherDestinations] = Object.keys(destinations);

export const messageBusPortlet = {
  id: "message-bus",
  title: "Message Bus",
  subtitle: "Admin",
  permission: "bus:inspect",
  wide: true,
  ...configured(messageBusConfig([firstDestination!, ...otherDestinations]), async (_user: SignedInUser, config) => {
    const { recent, deadLetters, stats } = await inspectorSnapshot();
    return <LazyMessageBusPanel recent={recent} deadLetters={deadLetters} stats={stats} destinations={config.destinations} />;
  }),
} as const satisfies PortletDefinition;
