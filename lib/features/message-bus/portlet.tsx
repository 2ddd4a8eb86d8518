import "server-only";
import type { PortletDefinition } from "../portlet";
import { LazyMessageBusPanel } from "./portlet/lazy-message-bus-panel";
import { inspectorSnapshot } from "./server/inspector-snapshot";

export const messageBusPortlet = {
  id: "message-bus",
  title: "Message Bus",
  subtitle: "Admin",
  permission: "bus:inspect",
  wide: true,
  load: async () => {
    const { recent, deadLetters, stats } = await inspectorSnapshot();
    return <LazyMessageBusPanel recent={recent} deadLetters={deadLetters} stats={stats} />;
  },
} as const satisfies PortletDefinition;
