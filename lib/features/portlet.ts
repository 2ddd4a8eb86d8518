import "server-only";
import type { FeatureManifest, PlugIn } from "./feature";

/** A portlet as the portal places it: a feature's manifest with its plug-in's load and configuration. */
export type PortletDefinition = Omit<FeatureManifest, "responder" | "permissions"> & Pick<PlugIn, "load" | "config">;
