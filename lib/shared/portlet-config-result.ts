import type { PortletConfigValues } from "./portlet-config";

/** What "Save" in a portlet's Configuration dialog answers: the config as saved, or why not (per field when it can). */
export type SavePortletConfigResult =
  { ok: true; config: PortletConfigValues } | { ok: false; message: string; fieldErrors?: Record<string, string> };
