import "server-only";
import { pluggedResponders } from "@/lib/features/responders";
import { engine } from "@/lib/server/db/writes";
import { deliveriesOf } from "./expected-replies.sql";

/** Who a new request goes to: the responders plugged in, in the order of delivery. */
export function currentResponders(): string[] {
  return pluggedResponders().map((responder) => responder.id);
}

/**
 * Whom each task waits for: the responders its request was delivered to. The bus
 * writes one delivery record per listener in the commit that logs the message, so
 * these are the listeners wired when the task was sent: a responder added since is not
 * waited for (one removed since is no longer shown: the UI knows only today's). A
 * request not logged yet (a crash before the send; the next start sends it) will go
 * to today's responders.
 */
export async function expectedReplies(requestIds: readonly string[]): Promise<Map<string, string[]>> {
  if (requestIds.length === 0) return new Map();
  const { statement, params } = deliveriesOf.bind(requestIds.map((id) => [id] as [string]));
  const deliveries = await engine.all(statement, ...params);
  const delivered = new Map<string, Set<string>>();
  for (const { messageId, listener } of deliveries) {
    delivered.set(messageId, (delivered.get(messageId) ?? new Set()).add(listener));
  }
  return new Map(
    requestIds.map((requestId) => {
      const listeners = delivered.get(requestId);
      // In the table's order, the order of delivery.
      const current = currentResponders();
      return [requestId, listeners ? current.filter((id) => listeners.has(id)) : current];
    }),
  );
}
