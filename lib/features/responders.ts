import type { Permission } from "@/lib/server/access/permissions";
import type { ProgressState, ReplyKind } from "@/lib/shared/task";
import { inventoryResponder } from "./inventory/responder";
import { setupResponder } from "./setup/responder";

/** How the Tasks portlet words a reply, besides who sent it and when. */
export type ReplyDescription = {
  kind: ReplyKind;
  answer: string;
  /** For "answer": whether every piece of gear was there. */
  inStock?: boolean;
  /** For "progress": the roadie's state. */
  progress?: ProgressState;
};

/**
 * What the browser and the server know of a listener that answers the tour manager's
 * requests, `R` being the replies it sends. Client-safe: the Tasks portlet, the flow
 * diagram and the permissions' event readers all read this one table (type imports
 * from server code and from zod schemas are erased).
 */
export type ResponderEntry<R extends { from: string } = { from: string }> = {
  /** The listener's name in the wiring, the `from` of its replies, the key of its activity. */
  id: string;
  /** Its name in the UI ("Waiting for Setup…", "Setup replied", the flow diagram). */
  label: string;
  /** Reads its live activity and the progress it reports: its portlet's permission. */
  permission: Permission;
  /** How the Tasks portlet words one of its replies. */
  describe(reply: R): ReplyDescription;
};

/**
 * Every responder, in the order the wiring delivers a request to them (and the flow
 * diagram draws them). The wiring checks at compile time that tour/roadie/setup's
 * listeners are exactly these.
 */
export const RESPONDERS = [setupResponder, inventoryResponder] as const satisfies readonly ResponderEntry[];

type Responders = (typeof RESPONDERS)[number];
export type ResponderId = Responders["id"];
/** The names in a list of listeners or entries, in order, as a tuple type. */
export type NamesOf<T extends readonly ({ id: string } | { name: string })[]> = {
  [K in keyof T]: T[K] extends { id: infer I } ? I : T[K] extends { name: infer N } ? N : never;
};
/** The responders' ids in the table's order. */
export type ResponderOrder = NamesOf<typeof RESPONDERS>;

/** The replies of one responder: what its `describe` takes. */
type RepliesOf<E> = E extends { describe(reply: infer R): ReplyDescription } ? R : never;

/** Any reply that arrives on tour/manager/task, typed from the table. */
export type TaskReply = RepliesOf<Responders>;

/** `true` when A and B are the same set of names: lists kept apart are checked against this table with it. */
export type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Responders whose replies carry another's `from`. */
type Misfiled<E> = E extends { id: infer I } ? ([RepliesOf<E>] extends [{ from: I }] ? never : I) : never;
// Compile-time: each responder's replies name it, so a reply's `from` finds its entry.
true satisfies SameMembers<Misfiled<Responders>, never>;

const BY_ID = new Map<string, ResponderEntry>(RESPONDERS.map((responder) => [responder.id, responder as ResponderEntry]));

export function responderOf(id: ResponderId): ResponderEntry {
  return BY_ID.get(id)!;
}

/** Narrows a stored name (a delivery's listener, a reply's `from`) to a responder's id. */
export function isResponderId(name: string): name is ResponderId {
  return BY_ID.has(name);
}

/** How the Tasks portlet words a reply: asked of the responder that sent it. */
export function describeReply(reply: TaskReply): ReplyDescription {
  return (responderOf(reply.from) as ResponderEntry<TaskReply>).describe(reply);
}
