import type { EventReaders } from "@/lib/server/access/permissions";
import type { Responder } from "./registry";

/**
 * Who reads each live portal event, from the features' declarations: a reply goes to
 * the Tasks portlet's readers and to whom its responder names, a responder's activity
 * to its own portlet's readers. A permission named nowhere here never receives it.
 */
export function eventReaders(responders: readonly Responder[]): EventReaders {
  const byId = new Map(responders.map((responder) => [responder.id, responder]));
  return {
    "task:added": () => ["tasks:read"],
    "task:reply": ({ reply }) => ["tasks:read", ...(byId.get(reply.from)?.readers(reply) ?? [])],
    // A listener that is no responder (none today) has no portlet to follow it.
    "listener:activity": ({ listener }) => {
      const responder = byId.get(listener);
      return responder ? [responder.permission] : [];
    },
    // The Tasks form's gear picker offers what is stocked, so whoever adds tasks follows the stock too.
    "inventory:stock": () => ["inventory:read", "tasks:add"],
  };
}
