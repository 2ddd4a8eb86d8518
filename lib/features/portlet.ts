import "server-only";
import type { ReactNode } from "react";
import type { Permission } from "@/lib/server/access/permissions";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import type { PortletConfig, PortletConfigSpec } from "@/lib/shared/portlet-config";

/** A portlet as the portal places it: each feature's portlet.tsx declares one. */
export type PortletDefinition = {
  /** Stable: saved layouts refer to it. Lower-case kebab-case. */
  id: string;
  /** The title bar's text and the portlet's accessible name. */
  title: string;
  subtitle: string;
  /** Who sees it at all: a user whose role lacks it gets neither the portlet nor its data. */
  permission: Permission;
  /** Spans two columns on wide screens. */
  wide?: boolean;
  /** Its Configuration dialog: schema, defaults, fields (see configured()); the title only when absent. */
  config?: PortletConfigSpec;
  /** Loads the portlet's first data on the server and renders its body for `user`, as `config` asks. */
  load: (user: SignedInUser, config: PortletConfig) => Promise<ReactNode>;
};
