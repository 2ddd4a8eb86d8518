import type { Permission } from "@/lib/server/access/permissions";
import { inventoryResponder } from "./inventory/responder";
import { setupResponder } from "./setup/responder";

/**
 * What the browser and the server know of a listener that answers the tour manager's
 * requests. Client-safe: the Tasks portlet, the flow diagram and the permissions' event
 * readers all read this one table (a type import from server code is erased).
 */
export type ResponderEntry = {
  /** The listener's name in the wiring, the `from` of its replies, the key of its activity. */
  id: string;
  /** Its name in the UI ("Waiting for Setup…", "Setup replied", the flow diagram). */
  label: string;
  /** Reads its live activity and the progress it reports: its portlet's permission. */
  permission: Permission;
};

/**
 * Every responder, in the order the wiring delivers a request to them (and the flow
 * diagram draws them). The wiring checks at compile time that tour/roadie/setup's
 * listeners are exactly these, and the Tasks feature that each has its replies.
 */
export const RESPONDERS = [setupResponder, inventoryResponder] as const satisfies readonly ResponderEntry[];

export type ResponderId = (typeof RESPONDERS)[number]["id"];

/** `true` when A and B are the same set of names: lists kept apart are checked against this table with it. */
export type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const BY_ID = new Map<string, ResponderEntry>(RESPONDERS.map((responder) => [responder.id, responder]));

export function responderOf(id: ResponderId): ResponderEntry {
  return BY_ID.get(id)!;
}

/** Narrows a stored name (a delivery's listener, a reply's `from`) to a responder's id. */
export function isResponderId(name: string): name is ResponderId {
  return BY_ID.has(name);
}
