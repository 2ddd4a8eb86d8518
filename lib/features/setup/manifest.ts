import type { FeatureManifest } from "../feature";
import { setupResponder } from "./responder";

/** The roadies' portlet and their listener on tour/roadie/setup. */
export const setupFeature = {
  id: "setup",
  title: "Setup",
  subtitle: "Roadies",
  permission: "setup:read",
  responder: setupResponder,
} as const satisfies FeatureManifest;
