import type { ReactNode } from "react";
import type { MessageListener } from "@/lib/messaging/types";
import type { Permission } from "@/lib/server/access/permissions";
import type { Role } from "@/lib/shared/roles";
import type { SignedInUser } from "@/lib/server/auth/read-session";
import type { PortletConfig, PortletConfigSpec } from "@/lib/shared/portlet-config";
import type { FeatureText } from "@/lib/shared/i18n/feature-text";
import type { ReplyView, StandingMove } from "@/lib/shared/task";
import type { SetupRequest } from "./setup/schema";

// The contracts a feature folder fills: manifest.ts (client-safe) and plug-in.ts(x)
// (server-only), found by the same id. docs/extending.md walks through one.

/** Any reply on tour/manager/task: its responder's id is in `from`, the rest is that responder's own. */
export type ResponderReply = { from: string; [field: string]: unknown };

/**
 * How a reply reads in the Tasks portlet, the trail and the notifications, and how it
 * moves its task. `answer` is its English, as stored and as the API answers; `text` the
 * same words from the catalogue, in the reader's language (a responder without keys
 * gives none, and its English is shown).
 */
export type ReplyDescription = { kind: string; answer: string; text?: FeatureText; moves?: StandingMove };

/**
 * What everyone knows of a listener that answers the tour manager's requests, `R`
 * being its replies. Method syntax on purpose: a responder of one reply type sits in
 * the list of all (the check that it reads its own replies is in its `satisfies`).
 */
export type ResponderManifest<R extends ResponderReply = ResponderReply> = {
  /** Its name in the UI ("Waiting for Setup…", "Setup replied", the flow diagram). */
  label: FeatureText;
  /** How one of its replies reads, and how it moves the task's standing. */
  describe(reply: R): ReplyDescription;
  /**
   * Who receives one of its replies live and in catch-up, besides the Tasks portlet's
   * readers: a permission not named here never sees it (a roadie's socket included).
   */
  readers(reply: ReplyView): readonly Permission[];
  /** The notification's heading for a reply of `kind`; "<label> replied" when absent or undefined. */
  heading?(kind: string): FeatureText | undefined;
  /**
   * Its replies that need the manager (those `describe` moves to a problem standing:
   * Blocked, Short of gear), as the store finds them: of `kind`, with these fields. The
   * bell counts them and lists them apart; without it, none of its replies is a problem.
   */
  problems?: readonly { kind: string; fields: Readonly<Record<string, string | number | boolean>> }[];
};

/**
 * A feature as the portal lists it: client-safe (the browser reads labels from it,
 * e2e its titles). Its id is its portlet's, its listener's name and its replies' `from`.
 */
export type FeatureManifest = {
  /** Stable: saved layouts, deliveries and replies refer to it. Lower-case kebab-case. */
  id: string;
  /** The title bar's text and the portlet's accessible name. */
  title: string;
  subtitle: string;
  /** Who sees its portlet (and, for a responder, its live activity). */
  permission: Permission;
  /** Spans two columns on wide screens. */
  wide?: boolean;
  /** Present when it answers the setup requests on tour/roadie/setup. */
  responder?: ResponderManifest;
  /**
   * Permissions of its own and the roles that hold them; their names are declared into
   * PluggedPermissions (lib/server/access/permissions.ts) beside this table.
   */
  permissions?: { readonly [P in Permission]?: readonly Role[] };
};

/** A responder's listener: it receives the setup requests and answers with its replies (their schema is its manifest's). */
export type ResponderListener<R extends ResponderReply = ResponderReply> = MessageListener<SetupRequest, R>;

/**
 * The server-only half of a feature's portlet (lib/features/<id>/plug-in.tsx), found by
 * its manifest's id. A responder's listener is apart, in <id>/listener.ts exported as
 * `listener`: server.ts wires the bus without loading any portlet (React, server actions).
 */
export type PlugIn = {
  /** Loads the portlet's first data on the server and renders its body for `user`, as `config` asks. */
  load: (user: SignedInUser, config: PortletConfig) => Promise<ReactNode>;
  /** Its Configuration dialog: schema, defaults, fields (see configured()); the title only when absent. */
  config?: PortletConfigSpec;
};
