import type { FeatureManifest } from "../../feature";
import { cateringResponder } from "./responder";

// Its own permission: the name joins the platform's Permission type, the roles are in `permissions` below.
declare module "@/lib/server/access/permissions" {
  interface PluggedPermissions {
    /** See the Catering portlet and the meal counts. */
    "catering:read": true;
  }
}

/** A fixture feature (docs/extending.md): a portlet and its listener, plugged in by lib/features/plug-in.test.ts. */
export const cateringFeature = {
  id: "catering",
  title: "Catering",
  subtitle: "Caterer",
  permission: "catering:read",
  responder: cateringResponder,
  permissions: { "catering:read": ["inventory", "admin"] },
} as const satisfies FeatureManifest;
