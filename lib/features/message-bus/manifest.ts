import type { FeatureManifest } from "../feature";

/** The admin's view of the bus: destinations, dead letters, trails, live activity. */
export const messageBusFeature = {
  id: "message-bus",
  title: "Message Bus",
  subtitle: "Admin",
  permission: "bus:inspect",
  wide: true,
} as const satisfies FeatureManifest;
