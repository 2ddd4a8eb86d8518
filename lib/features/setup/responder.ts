import type { ResponderEntry } from "../responders";

/** The roadies: they acknowledge every setup request, then report their progress. */
export const setupResponder = {
  id: "setup",
  label: "Setup",
  permission: "setup:read",
} as const satisfies ResponderEntry;
