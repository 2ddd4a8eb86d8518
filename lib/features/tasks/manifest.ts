import type { FeatureManifest } from "../feature";

/** The tour manager's portlet: adds tasks, and its listener on the return address keeps the replies. */
export const tasksFeature = {
  id: "tasks",
  title: "Tasks",
  subtitle: "Tour manager",
  permission: "tasks:read",
  wide: true,
} as const satisfies FeatureManifest;
