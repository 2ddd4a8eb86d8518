// Zod-free: the browser's portal code imports it. Schemas: portlet-config.ts.

export type ConfigOption = { value: string; label: string };

/** A field of a portlet's Configuration dialog: plain data, so the server hands it to the browser. */
export type ConfigField =
  | { kind: "text"; name: string; label: string; maxLength: number; hint?: string }
  | { kind: "number"; name: string; label: string; min: number; max: number; hint?: string }
  | { kind: "select"; name: string; label: string; options: ConfigOption[] }
  | { kind: "checkboxes"; name: string; label: string; options: ConfigOption[]; hint?: string };

/** A saved or submitted configuration value as the dialog edits it. */
export type ConfigValue = string | number | string[];
export type PortletConfigValues = Record<string, ConfigValue>;

/** The title shown for a portlet: the user's own, else the portlet's. */
export function shownTitleOf(config: PortletConfigValues | undefined, ownTitle: string): string {
  const title = config?.title;
  return typeof title === "string" && title !== "" ? title : ownTitle;
}
